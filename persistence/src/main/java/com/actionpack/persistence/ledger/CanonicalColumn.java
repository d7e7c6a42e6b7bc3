package com.actionpack.persistence.ledger;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * One column of a ledger as its canonical content sees it (R23), in the table's column order
 * as the database has it now (so a migration may add columns without touching this), and the
 * jOOQ expression of the content over such columns: {@link LedgerChain} documents the rule.
 *
 * @param name the column's name
 * @param postgresType PostgreSQL's {@code data_type} of the column; null on SQLite, whose
 *        {@code quote()} needs none
 */
record CanonicalColumn(String name, String postgresType) {

    /** The columns of {@code ledger} except {@code row_hash} and {@code row_seal}, in the table's order. */
    static List<CanonicalColumn> of(DSLContext dsl, Ledger ledger) {
        List<CanonicalColumn> columns = new ArrayList<>();
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            PostgresCanonicalContent.columns(dsl, ledger.table()).forEach(c -> columns.add(new CanonicalColumn(c.value1(),
                    c.value2())));
        } else {
            // PRAGMA table_info as a table-valued function: its argument is the hidden column "arg".
            Field<String> name = DSL.field(DSL.name("name"), String.class);
            dsl.select(name).from(DSL.table(DSL.name("pragma_table_info")))
                    .where(DSL.field(DSL.name("arg"), String.class).eq(ledger.table()))
                    .orderBy(DSL.field(DSL.name("cid"))).fetch(name)
                    .forEach(c -> columns.add(new CanonicalColumn(c, null)));
        }
        columns.removeIf(c -> c.name().equals(LedgerChain.HASH_COLUMN) || c.name().equals(LedgerChain.SEAL_COLUMN));
        if (columns.isEmpty()) {
            throw new IllegalStateException("the ledger " + ledger.table() + " has no columns: is it in the schema?");
        }
        return columns;
    }

    /**
     * The canonical content of a row of {@code source} (a table, or the alias of a one-row
     * table of values): {@code name=quote(value)} and a newline per non-NULL column.
     */
    static Field<String> content(DSLContext dsl, List<CanonicalColumn> columns, String source) {
        boolean postgres = dsl.dialect().family() == SQLDialect.POSTGRES;
        List<Field<?>> parts = new ArrayList<>();
        for (CanonicalColumn column : columns) {
            Field<Object> value = DSL.field(DSL.name(source, column.name()));
            Field<String> quoted = postgres ? PostgresCanonicalContent.quote(value, column.postgresType())
                    : DSL.function("quote", String.class, value);
            parts.add(DSL.when(value.isNull(), DSL.inline(""))
                    .otherwise(DSL.concat(DSL.inline(column.name() + "="), quoted, DSL.inline("\n"))));
        }
        return DSL.concat(parts.toArray(Field[]::new));
    }
}
