package com.actionpack.tui.widget;

import com.actionpack.tui.text.Fit;
import com.actionpack.tui.text.SafeText;
import com.actionpack.tui.text.Wrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rows as aligned columns under a header, the one table layout of the console: the paged lists
 * (invoices, audit, sign-in, orders), the tables inside sheets (benefits, users, redemptions)
 * and the plain ones (membership history) all lay out their lines here, so every list lines up
 * the same way and nothing is cut without an ellipsis.
 *
 * <p>Columns are one space apart. A cell too wide for its column ends in {@code …}, except in a
 * {@link Column#wrap() wrap} column, where it continues on the row's next lines with the other
 * columns blank there (never a dangling separator). How wide each column is follows
 * {@link Column.Sizing}: when the table is too wide, {@code FIT} columns give way from the right,
 * so the leftmost (the name you look for) stays whole longest.
 *
 * <p>Immutable; widths are computed per call from the rows given.
 *
 * @param <R> a row
 */
public final class Table<R> {

    /** Columns a {@code FIT} column keeps at least, header permitting. */
    private static final int FIT_MINIMUM = 6;

    /** Columns a wrap column keeps at least (its widest cell permitting). */
    private static final int WRAP_MINIMUM = 15;

    private final List<Column<R>> columns;

    public Table(List<Column<R>> columns) {
        this.columns = List.copyOf(columns);
        if (this.columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
    }

    public List<Column<R>> columns() {
        return columns;
    }

    /**
     * The width of each column for a table {@code total} columns wide holding {@code rows} (which
     * decide {@code FIT} columns; a paged list passes the rows on screen).
     */
    public List<Integer> widths(List<R> rows, int total) {
        int n = columns.size();
        int[] width = new int[n];
        int[] least = new int[n];
        for (int i = 0; i < n; i++) {
            Column<R> column = columns.get(i);
            int header = Fit.width(SafeText.line(column.header()));
            switch (column.sizing()) {
                case FIXED -> {
                    width[i] = column.width();
                    least[i] = column.width();
                }
                case FIT -> {
                    int natural = header;
                    for (R row : rows) {
                        natural = Math.max(natural, Fit.width(cell(column, row)));
                    }
                    if (column.width() > 0) {
                        natural = Math.min(natural, column.width());
                    }
                    width[i] = natural;
                    least[i] = Math.min(natural, Math.max(header, FIT_MINIMUM));
                }
                case FLEX -> {
                    least[i] = Math.max(1, Math.max(column.width(), header));
                    // A wrap column asks for room for a few words a line, so a long cell wraps
                    // into readable lines; it gives that up (last) when the table is too wide.
                    width[i] = column.wrap() ? Math.max(least[i], Math.min(WRAP_MINIMUM, wanted(column, rows, true)))
                            : least[i];
                }
            }
        }
        int over = sum(width) + (n - 1) - total;
        for (Column.Sizing giving : new Column.Sizing[] {Column.Sizing.FIT, Column.Sizing.FLEX}) {
            for (int i = n - 1; i >= 0 && over > 0; i--) {
                if (columns.get(i).sizing() == giving) {
                    int give = Math.min(over, width[i] - least[i]);
                    width[i] -= give;
                    over -= give;
                }
            }
        }
        if (over < 0) {
            share(width, -over, rows);
        }
        List<Integer> out = new ArrayList<>(n);
        for (int w : width) {
            out.add(w);
        }
        return out;
    }

    /**
     * Gives {@code spare} columns to the FLEX columns: a column whose widest cell needs less than
     * an even share gets just that, and what it leaves goes to the others; what no cell needs goes
     * to the last FLEX column, so the table fills the width it is given.
     */
    private void share(int[] width, int spare, List<R> rows) {
        List<Integer> flex = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).flexible()) {
                flex.add(i);
            }
        }
        if (flex.isEmpty()) {
            return;
        }
        int left = spare;
        // First what nine cells in ten need, then the longest cells, then the rest to the last column.
        for (boolean longest : new boolean[] {false, true}) {
            int[] wants = new int[columns.size()];
            for (int i : flex) {
                wants[i] = Math.max(0, wanted(columns.get(i), rows, longest) - width[i]);
            }
            List<Integer> open = new ArrayList<>(flex);
            open.sort(java.util.Comparator.comparingInt(i -> wants[i]));
            for (int k = 0; k < open.size(); k++) {
                int i = open.get(k);
                int give = Math.min(wants[i], left / (open.size() - k));
                width[i] += give;
                left -= give;
            }
        }
        width[flex.get(flex.size() - 1)] += left;
    }

    /**
     * The width a FLEX column asks for: its widest cell, or at first for a wrap column the width
     * that nine rows in ten fit in, so one long cell wraps before it narrows the other columns.
     */
    private int wanted(Column<R> column, List<R> rows, boolean longest) {
        int[] widths = rows.stream().mapToInt(row -> Fit.width(cell(column, row))).sorted().toArray();
        if (widths.length == 0) {
            return 0;
        }
        return column.wrap() && !longest ? widths[(int) Math.ceil(widths.length * 0.9) - 1] : widths[widths.length - 1];
    }

    /** The header line for these widths (bold or underlined by whoever draws it). */
    public String header(List<Integer> widths) {
        List<String> cells = new ArrayList<>();
        for (Column<R> column : columns) {
            cells.add(SafeText.line(column.header()));
        }
        return join(cells, widths).stripTrailing();
    }

    /**
     * The lines of one row for these widths: one, or more when a {@code wrap} column's cell
     * needs them. Trailing spaces are stripped.
     */
    public List<String> lines(R row, List<Integer> widths) {
        int n = columns.size();
        List<List<String>> parts = new ArrayList<>(n);
        int height = 1;
        for (int i = 0; i < n; i++) {
            Column<R> column = columns.get(i);
            String text = cell(column, row);
            List<String> cellLines = column.wrap() && Fit.width(text) > widths.get(i)
                    ? Wrap.lines(text, widths.get(i)) : List.of(text);
            parts.add(cellLines);
            height = Math.max(height, cellLines.size());
        }
        List<String> out = new ArrayList<>(height);
        for (int line = 0; line < height; line++) {
            List<String> cells = new ArrayList<>(n);
            for (List<String> cellLines : parts) {
                cells.add(line < cellLines.size() ? cellLines.get(line) : "");
            }
            out.add(join(cells, widths).stripTrailing());
        }
        return out;
    }

    /** The cells of one row as one line, each cut with an ellipsis to its width (no wrapping). */
    public String line(R row, List<Integer> widths) {
        List<String> cells = new ArrayList<>();
        for (Column<R> column : columns) {
            cells.add(cell(column, row));
        }
        return join(cells, widths);
    }

    private String join(List<String> cells, List<Integer> widths) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(columns.get(i).align() == Column.Align.RIGHT
                    ? Fit.padLeft(cells.get(i), widths.get(i))
                    : Fit.padRight(cells.get(i), widths.get(i)));
        }
        return out.toString();
    }

    private static <R> String cell(Column<R> column, R row) {
        return SafeText.line(Objects.requireNonNullElse(column.value().apply(row), ""));
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    /** This table over a fixed list of rows, with the widths worked out once per total width. */
    public Bound<R> over(List<R> rows) {
        return new Bound<>(this, List.copyOf(rows));
    }

    /** A table and its rows: what a sheet or a plain view draws at whatever width it is given. */
    public static final class Bound<R> {
        private final Table<R> table;
        private final List<R> rows;
        private int cachedTotal = -1;
        private List<Integer> cachedWidths = List.of();

        private Bound(Table<R> table, List<R> rows) {
            this.table = table;
            this.rows = rows;
        }

        public List<R> rows() {
            return rows;
        }

        public List<Integer> widths(int total) {
            if (total != cachedTotal) {
                cachedWidths = table.widths(rows, total);
                cachedTotal = total;
            }
            return cachedWidths;
        }

        public String header(int total) {
            return Fit.truncate(table.header(widths(total)), total);
        }

        public List<String> lines(R row, int total) {
            List<String> out = new ArrayList<>();
            for (String line : table.lines(row, widths(total))) {
                out.add(Fit.truncate(line, total));
            }
            return out;
        }

        /** Every line of every row, header first. */
        public List<String> allLines(int total) {
            List<String> out = new ArrayList<>();
            out.add(header(total));
            for (R row : rows) {
                out.addAll(lines(row, total));
            }
            return out;
        }
    }
}
