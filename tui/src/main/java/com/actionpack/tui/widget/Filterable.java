package com.actionpack.tui.widget;

/**
 * Something the {@code /} key can filter: a list component, or a screen as a whole. The shell
 * asks for the text and hands it over; an empty text clears the filter.
 */
public interface Filterable {

    String filter();

    void applyFilter(String text);
}
