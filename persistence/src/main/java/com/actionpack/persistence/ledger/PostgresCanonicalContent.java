package com.actionpack.persistence.ledger;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The canonical content of a ledger row (R23) on PostgreSQL (#16): the text SQLite's
 * {@code quote()} gives for the value jOOQ stores there, so a row has one hash on both
 * backends. SQLite keeps integers as integers ({@code 5}), text quoted with {@code ''} doubled,
 * dates as {@code 'YYYY-MM-DD'}, timestamps as {@code java.sql.Timestamp#toString()}
 * ({@code 'YYYY-MM-DD HH:MM:SS.f'}, trailing zeros dropped, one digit kept), booleans as 1/0.
 */
final class PostgresCanonicalContent {

    private PostgresCanonicalContent() {
    }

    /** The table's columns and their {@code data_type}, in column order, from information_schema. */
    static List<Record2<String, String>> columns(DSLContext dsl, String table) {
        var columns = DSL.table(DSL.name("information_schema", "columns"));
        Field<String> name = DSL.field(DSL.name("column_name"), String.class);
        Field<String> type = DSL.field(DSL.name("data_type"), String.class);
        Field<String> tableName = DSL.field(DSL.name("table_name"), String.class);
        Field<String> schema = DSL.field(DSL.name("table_schema"), String.class);
        Field<Integer> position = DSL.field(DSL.name("ordinal_position"), Integer.class);
        return withSchemas(dsl).select(name, type).from(columns)
                .where(tableName.eq(table)).and(schema.eq(DSL.currentSchema())).orderBy(position).fetch();
    }

    /** The app's contexts leave schemas out of the SQL; the catalogue lives in information_schema. */
    static DSLContext withSchemas(DSLContext dsl) {
        return DSL.using(dsl.configuration().derive(((org.jooq.conf.Settings) dsl.settings().clone()).withRenderSchema(true)));
    }

    /** SQLite's quote() of the stored value, by the PostgreSQL column type. */
    static Field<String> quote(Field<Object> value, String dataType) {
        return switch (dataType) {
            case "bigint", "integer", "smallint" -> value.cast(SQLDataType.VARCHAR);
            case "boolean" -> DSL.when(DSL.condition(value.cast(SQLDataType.BOOLEAN)), DSL.inline("1")).otherwise(DSL.inline("0"));
            case "date" -> quoted(DSL.function("to_char", String.class, value, DSL.inline("YYYY-MM-DD")));
            case "timestamp without time zone" -> quoted(DSL.function("regexp_replace", String.class,
                    DSL.function("regexp_replace", String.class,
                            DSL.function("to_char", String.class, value, DSL.inline("YYYY-MM-DD HH24:MI:SS.US")),
                            DSL.inline("0+$"), DSL.inline("")),
                    DSL.inline("\\.$"), DSL.inline(".0")));
            default -> quoted(DSL.replace(value.cast(SQLDataType.VARCHAR), DSL.inline("'"), DSL.inline("''")));
        };
    }

    private static Field<String> quoted(Field<String> text) {
        return DSL.concat(DSL.inline("'"), text, DSL.inline("'"));
    }
}
