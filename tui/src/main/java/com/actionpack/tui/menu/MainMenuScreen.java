package com.actionpack.tui.menu;

import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ScreenFactory;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.widget.Column;
import com.actionpack.tui.widget.ListSource;
import com.actionpack.tui.widget.PagedList;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The first screen: every workspace with one line saying what it is for. Enter opens the
 * selected one; a workspace without a screen yet opens a "coming" placeholder.
 */
public final class MainMenuScreen implements ConsoleScreen {

    public static final String TITLE = "Main menu";

    /** The workspace's name whole, then what it is for, cut with an ellipsis when narrow. */
    static final List<Column<Workspace>> COLUMNS = List.of(
            Column.fit("Workspace", Workspace::title),
            Column.flex("What it is for", Workspace::summary));

    private final ShellContext shell;
    private final Map<Workspace, ScreenFactory> screens;
    private final Panel panel = new Panel(new BorderLayout());
    private final PagedList<Integer, Workspace> list;

    public MainMenuScreen(ShellContext shell, Map<Workspace, ScreenFactory> screens) {
        this.shell = shell;
        this.screens = new EnumMap<>(Workspace.class);
        this.screens.putAll(screens);
        list = new PagedList<>(new ListSource<>(List.of(Workspace.values()),
                workspace -> workspace.title() + " " + workspace.summary()), COLUMNS, " No workspaces.");
        list.onActivate(this::open);
        panel.addComponent(new Label(" Choose a workspace:"), BorderLayout.Location.TOP);
        panel.addComponent(list, BorderLayout.Location.CENTER);
    }

    /** A factory for the main menu over the given workspace screens. */
    public static ScreenFactory factory(Map<Workspace, ScreenFactory> screens) {
        return shell -> new MainMenuScreen(shell, screens);
    }

    private void open(Workspace workspace) {
        ScreenFactory factory = screens.get(workspace);
        shell.navigator().push(factory == null ? new ComingSoonScreen(workspace) : factory.create(shell));
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Up/Down", "Choose"), KeyHelp.of("Enter", "Open"), KeyHelp.of("/", "Filter"));
    }

    @Override
    public Component component() {
        return panel;
    }
}
