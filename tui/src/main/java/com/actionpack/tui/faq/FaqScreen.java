package com.actionpack.tui.faq;

import com.actionpack.core.CoreServices;
import com.actionpack.core.common.Actor;
import com.actionpack.core.faq.FaqEntry;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.widget.Filterable;
import com.actionpack.tui.shell.KeyHelp;
import com.actionpack.tui.shell.ScreenFactory;
import com.actionpack.tui.shell.ShellContext;
import com.actionpack.tui.sheet.Sheet;
import com.actionpack.tui.widget.FilterLine;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import java.util.ArrayList;
import java.util.List;

/**
 * The source's FAQ (R20): the questions as a list, Enter opens an answer wrapped to the width,
 * {@code /} keeps only the entries {@code FaqService.search} finds; Esc clears the search.
 */
public final class FaqScreen implements ConsoleScreen, Filterable {

    private final ShellContext shell;
    private final CoreServices core;
    private final Sheet sheet = new Sheet();
    private String filter = "";

    public FaqScreen(ShellContext shell, CoreServices core, Actor actor) {
        this.shell = shell;
        this.core = core;
        show();
    }

    public static ScreenFactory factory(CoreServices core, Actor actor) {
        return shell -> new FaqScreen(shell, core, actor);
    }

    @Override
    public String title() {
        return filter.isEmpty() ? "FAQ" : "FAQ: search \"" + filter + "\"";
    }

    @Override
    public List<KeyHelp> keys() {
        return List.of(KeyHelp.of("Enter", "Read answer"), KeyHelp.of("/", "Search"));
    }

    @Override
    public Component component() {
        return sheet;
    }

    @Override
    public String filter() {
        return filter;
    }

    @Override
    public void applyFilter(String text) {
        filter = text == null ? "" : text.strip();
        show();
    }

    @Override
    public boolean handleKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.Escape && !filter.isEmpty()) {
            applyFilter("");
            return true;
        }
        return false;
    }

    private void show() {
        List<FaqEntry> entries = filter.isEmpty() ? core.faq().all() : core.faq().search(filter);
        List<Sheet.Entry> out = new ArrayList<>();
        if (filter.isEmpty()) {
            out.add(Sheet.text(entries.size() + " questions and how-tos. Enter reads the answer; / searches."));
        } else {
            // Best first: FaqService.search ranks what it finds.
            out.add(Sheet.text(FilterLine.of(filter, entries.size()).text()));
        }
        for (int i = 0; i < entries.size(); i++) {
            FaqEntry entry = entries.get(i);
            out.add(Sheet.row(entry.question(), (i + 1) + ". " + entry.question(),
                    () -> shell.navigator().push(new FaqAnswerScreen(entry))));
        }
        sheet.setEntries(out);
        shell.notices().clear();
    }
}
