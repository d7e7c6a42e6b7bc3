package com.actionpack.tui.widget;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a {@link PagedList}: a header, a width and how to get the cell text from a row.
 * Cell text is escaped by the list before it is drawn, so a value may be anything.
 *
 * @param width columns wide; 0 means flexible: flexible columns share what the fixed ones leave
 */
public record Column<R>(String header, int width, Align align, Function<R, String> value) {

    public enum Align { LEFT, RIGHT }

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(align, "align");
        Objects.requireNonNull(value, "value");
        if (width < 0) {
            throw new IllegalArgumentException("width must be 0 (flexible) or more: " + width);
        }
    }

    public static <R> Column<R> fixed(String header, int width, Function<R, String> value) {
        return new Column<>(header, width, Align.LEFT, value);
    }

    /** Right-aligned, for amounts and counts. */
    public static <R> Column<R> number(String header, int width, Function<R, String> value) {
        return new Column<>(header, width, Align.RIGHT, value);
    }

    public static <R> Column<R> flex(String header, Function<R, String> value) {
        return new Column<>(header, 0, Align.LEFT, value);
    }

    public boolean flexible() {
        return width == 0;
    }
}
