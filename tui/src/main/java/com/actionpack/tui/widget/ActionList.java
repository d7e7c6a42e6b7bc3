package com.actionpack.tui.widget;

import com.actionpack.tui.shell.Filterable;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.ActionListBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The console's list of rows with an action each (Lanterna's {@link ActionListBox}) that
 * {@code /} filters in place: every row stays known to the list, and only those containing the
 * filter text (any case) are shown, with a first row saying how many match and how to clear
 * it. Screens use this instead of a bare {@code ActionListBox}, so no list can lack the filter
 * the footer promises ({@code ListsFilterTest} holds every screen to it).
 */
public class ActionList extends ActionListBox implements Filterable {

    private final List<Runnable> all = new ArrayList<>();
    private String filter = "";

    public ActionList() {
        super();
    }

    /** @param size the preferred size, as for {@link ActionListBox#ActionListBox(TerminalSize)} */
    public ActionList(TerminalSize size) {
        super(size);
    }

    /** Adds a row; it shows now only when it matches the filter in force. */
    @Override
    public synchronized ActionListBox addItem(Runnable item) {
        all.add(item);
        if (matches(item)) {
            super.addItem(item);
        }
        return this;
    }

    @Override
    public synchronized ActionListBox clearItems() {
        all.clear();
        return super.clearItems();
    }

    @Override
    public String filter() {
        return filter;
    }

    @Override
    public synchronized void applyFilter(String text) {
        filter = text == null ? "" : text.strip();
        super.clearItems();
        if (!filter.isEmpty()) {
            long shown = all.stream().filter(this::matches).count();
            super.addItem(new Row("Filter \"" + filter + "\": " + shown + (shown == 1 ? " row" : " rows")
                    + " (/ changes it, an empty filter shows all)", () -> { }));
        }
        for (Runnable item : all) {
            if (matches(item)) {
                super.addItem(item);
            }
        }
        setSelectedIndex(filter.isEmpty() || getItemCount() < 2 ? 0 : 1);
    }

    /** The rows shown now, the filter's own first line included: for tests and screens. */
    public synchronized List<String> shownRows() {
        return getItems().stream().map(String::valueOf).toList();
    }

    private boolean matches(Runnable item) {
        return filter.isEmpty()
                || String.valueOf(item).toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT));
    }

    /** The filter's own line: selecting it does nothing. */
    private record Row(String label, Runnable action) implements Runnable {
        @Override
        public void run() {
            action.run();
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
