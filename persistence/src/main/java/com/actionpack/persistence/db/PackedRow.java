package com.actionpack.persistence.db;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * One packed row ({@link PackedColumns}) split into its columns' values. Made once per result
 * and given each row in turn with {@link #read}: it keeps where each value starts, nothing per
 * row but the values themselves. Not thread-safe (one result is read by one thread).
 */
public final class PackedRow implements RowValues {

    private final PackedColumns columns;
    /** Value i (from 0) runs from starts[i] to starts[i + 1] - 2, the separator at starts[i + 1] - 1. */
    private final int[] starts;
    private byte[] row;

    PackedRow(PackedColumns columns) {
        this.columns = columns;
        this.starts = new int[columns.size() + 1];
    }

    /**
     * Takes the next row's packed value.
     *
     * @return false when the value cannot carry this row exactly (it does not split into exactly
     *     the columns, or an integer column holds something else than a plain integer): read the
     *     row again column by column, by its {@link #key()}
     * @throws SQLException when the value is NULL (the key never is)
     */
    public boolean read(byte[] value) throws SQLException {
        if (value == null) {
            throw new SQLException("a packed row is NULL");
        }
        row = value;
        int count = columns.size();
        int column = 0;
        starts[0] = 0;
        for (int i = 0; i < value.length; i++) {
            if (value[i] == PackedColumns.SEPARATOR) {
                if (++column == count) {
                    return false;
                }
                starts[column] = i + 1;
            }
        }
        starts[count] = value.length + 1;
        if (column != count - 1) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            int from = starts[i];
            int to = starts[i + 1] - 1;
            if (columns.nullable(i) && from < to) {
                if (value[from] != PackedColumns.PRESENT) {
                    return false;
                }
                from++;
            } else if (columns.nullable(i)) {
                continue; // NULL
            }
            if (columns.integer(i) && !plainInteger(value, from, to)) {
                return false;
            }
        }
        return true;
    }

    /** The key (the first column) of the row last given to {@link #read}, whether it split or not. */
    public long key() throws SQLException {
        int to = 0;
        while (to < row.length && row[to] != PackedColumns.SEPARATOR) {
            to++;
        }
        if (!plainInteger(row, 0, to)) {
            throw new SQLException("a packed row does not start with its key");
        }
        return parse(row, 0, to);
    }

    @Override
    public String text(int column) {
        int from = starts[column - 1];
        int to = starts[column] - 1;
        if (columns.nullable(column - 1)) {
            if (from == to) {
                return null;
            }
            from++;
        }
        return new String(row, from, to - from, StandardCharsets.UTF_8);
    }

    @Override
    public long integer(int column) {
        int from = starts[column - 1];
        int to = starts[column] - 1;
        if (columns.nullable(column - 1)) {
            if (from == to) {
                return 0; // as getLong reads NULL
            }
            from++;
        }
        return parse(row, from, to);
    }

    @Override
    public LocalDateTime timestamp(int column) throws SQLException {
        return SqliteTimestamps.parse(text(column));
    }

    /**
     * An integer as SQLite prints one: an optional minus and 1 to 18 digits (what {@code getLong}
     * reads the same; longer ones, reals and text go the column way).
     */
    private static boolean plainInteger(byte[] value, int from, int to) {
        int i = from < to && value[from] == '-' ? from + 1 : from;
        if (i == to || to - i > 18) {
            return false;
        }
        for (; i < to; i++) {
            if (value[i] < '0' || value[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static long parse(byte[] value, int from, int to) {
        boolean negative = value[from] == '-';
        long result = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            result = result * 10 + (value[i] - '0');
        }
        return negative ? -result : result;
    }
}
