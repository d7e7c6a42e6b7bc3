package com.actionpack.tui.widget;

import com.actionpack.tui.text.Counted;
import com.actionpack.tui.text.SafeText;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The one line every filterable list shows while a {@code /} filter is in force, so the lists
 * cannot word it differently: {@code Filter "x": 3 rows (/ changes it, Esc clears it)}, or without
 * the count where the list does not know it (a database list reads only the rows on screen):
 * {@code Filter "x" (/ changes it, Esc clears it)}. The filter is the user's text and is escaped
 * here ({@link SafeText#line}), like any text a user typed.
 *
 * <p>Esc clears the filter of whatever list or screen {@code /} filters (the shell sees to it), so
 * the line's promise holds everywhere.
 *
 * @param filter what was typed after {@code /}, raw; stripped; empty means no filter
 * @param shown  how many rows the filter shows, or empty when the list does not know
 */
public record FilterLine(String filter, OptionalLong shown) {

    /** What the line says about the keys, the same on every list. */
    public static final String KEYS = "(/ changes it, Esc clears it)";

    public FilterLine {
        filter = filter == null ? "" : filter.strip();
        Objects.requireNonNull(shown, "shown");
    }

    /** A filter showing {@code shown} rows. */
    public static FilterLine of(String filter, long shown) {
        return new FilterLine(filter, OptionalLong.of(shown));
    }

    /** A filter over a list that does not know how many rows match. */
    public static FilterLine uncounted(String filter) {
        return new FilterLine(filter, OptionalLong.empty());
    }

    /** Whether a filter is in force (the line is shown only then). */
    public boolean active() {
        return !filter.isEmpty();
    }

    /** The line, escaped and ready to draw; empty when no filter is in force. */
    public String text() {
        if (!active()) {
            return "";
        }
        String quoted = "Filter \"" + SafeText.line(filter) + "\"";
        return shown.isPresent()
                ? quoted + ": " + Counted.of(shown.getAsLong(), "row") + " " + KEYS
                : quoted + " " + KEYS;
    }
}
