package com.actionpack.persistence.db;

import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A query's columns selected as one value per row, for SQLite: {@code concat_ws} joins them
 * with a unit separator (0x1F) and the row is read with one native call, then split by a
 * {@link PackedRow}. sqlite-jdbc costs a locked native call per value read (and for a text a
 * direct buffer and a copy); a page of 50 invoices read 1,700 values one call each, two thirds
 * of the page's time (issue 15). {@code concat_ws} is one SQL function call per row: reading a
 * page's values took a seventh of the time it took one by one (about 20 µs against 160).
 *
 * <p>Exact whatever the data: SQLite turns every value into the same text for
 * {@code concat_ws} as for {@code getString}. {@code concat_ws} skips NULLs, so a column that
 * may be NULL (a left-joined one too) packs as an empty field for NULL and as {@code '='}
 * followed by the value otherwise. A row that does not split into exactly its columns (a
 * separator inside a value) or whose integer column is not a plain integer is reported by
 * {@link PackedRow#read}, and the caller reads that row again column by column by its key,
 * the first column. Immutable; build one per list of columns.
 */
public final class PackedColumns {

    /** Between two columns' values: the ASCII unit separator (a row with one in a value goes by column). */
    static final byte SEPARATOR = 0x1F;
    /** Before the value of a column that may be NULL; NULL packs as nothing. */
    static final byte PRESENT = '=';

    private final List<Field<?>> columns;
    private final boolean[] integers;
    private final boolean[] nullable;

    private PackedColumns(List<Field<?>> columns, Collection<? extends Field<?>> nullable) {
        this.columns = List.copyOf(columns);
        this.integers = new boolean[this.columns.size()];
        this.nullable = new boolean[this.columns.size()];
        for (int i = 0; i < this.columns.size(); i++) {
            Class<?> type = this.columns.get(i).getType();
            integers[i] = type == Long.class || type == Integer.class || type == Short.class || type == Byte.class;
            this.nullable[i] = nullable.contains(this.columns.get(i));
        }
        if (!integers[0] || this.nullable[0]) {
            throw new IllegalArgumentException("the first column must be the rows' integer key: " + columns.get(0));
        }
    }

    /**
     * @param columns the columns, first an integer key that identifies the row (to read it again)
     * @param nullable those of {@code columns} that may be NULL, left-joined ones included
     */
    public static PackedColumns of(List<? extends Field<?>> columns, Collection<? extends Field<?>> nullable) {
        return new PackedColumns(List.copyOf(columns), nullable);
    }

    /** The columns, in the order they are packed (column n of a {@link PackedRow} is the n-th, from 1). */
    public List<Field<?>> columns() {
        return columns;
    }

    /** The one value to select instead of the columns (SQLite 3.44 or later). */
    public Field<byte[]> packed() {
        StringJoiner template = new StringJoiner(", ", "concat_ws(char(31), ", ")");
        for (int i = 0; i < columns.size(); i++) {
            template.add(nullable[i] ? "ifnull('=' || {" + i + "}, '')" : "{" + i + "}");
        }
        return DSL.field(template.toString(), SQLDataType.BLOB, columns.toArray(Field[]::new));
    }

    /** A reader of one result's packed rows (it keeps the split of the row it read last). */
    public PackedRow row() {
        return new PackedRow(this);
    }

    int size() {
        return columns.size();
    }

    boolean integer(int index) {
        return integers[index];
    }

    boolean nullable(int index) {
        return nullable[index];
    }
}
