package com.actionpack.tui.menu;

import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.KeyHelp;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Label;

import java.util.List;

/** Stands in for a workspace whose screens are not built yet. */
public final class ComingSoonScreen implements ConsoleScreen {

    private final Workspace workspace;
    private final Label label;

    public ComingSoonScreen(Workspace workspace) {
        this.workspace = workspace;
        this.label = new Label(" " + workspace.title() + " is coming: this workspace is not built yet.\n\n "
                + workspace.summary() + ".\n\n Press Esc to go back to the main menu.");
    }

    @Override
    public String title() {
        return workspace.title();
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of();
    }

    @Override
    public Component component() {
        return label;
    }
}
