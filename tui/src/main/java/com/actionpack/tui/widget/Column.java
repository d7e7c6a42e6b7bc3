package com.actionpack.tui.widget;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a {@link Table} (and so of a {@link PagedList} or a sheet's table): a header,
 * how wide it is, how its cells line up, and how to get the cell text from a row. Cell text is
 * escaped by the table before it is drawn, so a value may be anything.
 *
 * <p>Sizing: {@link Sizing#FIXED} is always {@code width} columns; {@link Sizing#FIT} is as wide
 * as its widest cell or header (at most {@code width} when that is above 0) and gives way, down
 * to its header, when the table is too wide; {@link Sizing#FLEX} shares what the others leave
 * (at least {@code width}, or its header). A cell that does not fit is cut with an ellipsis, or,
 * in a {@code wrap} column, continues on the next lines of its row.
 *
 * @param width columns: FIXED the width, FIT the most (0: no limit), FLEX the least (0: the header's)
 */
public record Column<R>(String header, int width, Align align, Function<R, String> value, Sizing sizing,
        boolean wrap) {

    public enum Align { LEFT, RIGHT }

    public enum Sizing { FIXED, FIT, FLEX }

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(align, "align");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sizing, "sizing");
        if (width < 0 || (sizing == Sizing.FIXED && width == 0)) {
            throw new IllegalArgumentException("width must be above 0 (fixed) or 0 and more: " + width);
        }
    }

    public static <R> Column<R> fixed(String header, int width, Function<R, String> value) {
        return new Column<>(header, width, Align.LEFT, value, Sizing.FIXED, false);
    }

    /** Right-aligned, for amounts and counts. */
    public static <R> Column<R> number(String header, int width, Function<R, String> value) {
        return new Column<>(header, width, Align.RIGHT, value, Sizing.FIXED, false);
    }

    /** Shares the width the other columns leave; a long cell is cut with an ellipsis. */
    public static <R> Column<R> flex(String header, Function<R, String> value) {
        return new Column<>(header, 0, Align.LEFT, value, Sizing.FLEX, false);
    }

    /** Shares the width the other columns leave; a long cell wraps onto more lines of its row. */
    public static <R> Column<R> wrapping(String header, Function<R, String> value) {
        return new Column<>(header, 0, Align.LEFT, value, Sizing.FLEX, true);
    }

    /** As wide as its widest cell: emails and names are shown whole while the table fits. */
    public static <R> Column<R> fit(String header, Function<R, String> value) {
        return new Column<>(header, 0, Align.LEFT, value, Sizing.FIT, false);
    }

    /** As {@link #fit}, right-aligned, for amounts and counts. */
    public static <R> Column<R> fitNumber(String header, Function<R, String> value) {
        return new Column<>(header, 0, Align.RIGHT, value, Sizing.FIT, false);
    }

    public boolean flexible() {
        return sizing == Sizing.FLEX;
    }
}
