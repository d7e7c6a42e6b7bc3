package com.actionpack.tui.widget;

/**
 * Something the {@code /} key can filter: a list component, or a screen as a whole. The shell
 * asks for the text and hands it over; an empty text clears the filter, and so does Esc while a
 * filter is in force (the shell's, before Esc goes back). While filtered, a list shows its
 * {@link FilterLine}, the one wording of every list.
 */
public interface Filterable {

    String filter();

    void applyFilter(String text);
}
