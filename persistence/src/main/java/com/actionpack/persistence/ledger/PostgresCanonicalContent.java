package com.actionpack.persistence.ledger;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;

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

    static String expression(DSLContext dsl, String table) {
        var columns = DSL.table(DSL.name("information_schema", "columns"));
        Field<String> name = DSL.field(DSL.name("column_name"), String.class);
        Field<String> type = DSL.field(DSL.name("data_type"), String.class);
        Field<String> tableName = DSL.field(DSL.name("table_name"), String.class);
        Field<String> schema = DSL.field(DSL.name("table_schema"), String.class);
        Field<Integer> position = DSL.field(DSL.name("ordinal_position"), Integer.class);
        List<Record2<String, String>> rows = withSchemas(dsl).select(name, type).from(columns)
                .where(tableName.eq(table)).and(schema.eq(DSL.currentSchema())).orderBy(position).fetch();
        StringBuilder sql = new StringBuilder("(''");
        for (Record2<String, String> column : rows) {
            String c = column.value1();
            if (LedgerChain.HASH_COLUMN.equals(c)) {
                continue;
            }
            String quoted = "\"" + c.replace("\"", "\"\"") + "\"";
            sql.append(" || CASE WHEN ").append(quoted).append(" IS NULL THEN '' ELSE '").append(c.replace("'", "''"))
                    .append("=' || ").append(quote(quoted, column.value2())).append(" || chr(10) END");
        }
        return sql.append(")").toString();
    }

    /** The app's contexts leave schemas out of the SQL; the catalogue lives in information_schema. */
    static DSLContext withSchemas(DSLContext dsl) {
        return DSL.using(dsl.configuration().derive(((org.jooq.conf.Settings) dsl.settings().clone()).withRenderSchema(true)));
    }

    /** SQLite's quote() of the stored value, by the PostgreSQL column type. */
    static String quote(String column, String dataType) {
        return switch (dataType) {
            case "bigint", "integer", "smallint" -> column + "::text";
            case "boolean" -> "(CASE WHEN " + column + " THEN '1' ELSE '0' END)";
            case "date" -> "('''' || to_char(" + column + ", 'YYYY-MM-DD') || '''')";
            case "timestamp without time zone" -> "('''' || regexp_replace(regexp_replace(to_char(" + column
                    + ", 'YYYY-MM-DD HH24:MI:SS.US'), '0+$', ''), '\\.$', '.0') || '''')";
            default -> "('''' || replace(" + column + "::text, '''', '''''') || '''')";
        };
    }
}
