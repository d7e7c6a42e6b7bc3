package com.actionpack.persistence.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record3;

/**
 * Checks every ledger's hash chain against its rows as stored (R23): any edit, removal,
 * replacement or reordering made outside the app, even with direct SQL, breaks the chain at
 * the first row it touched, or no longer matches the ledger's head. Reads only.
 */
public final class LedgerVerifier {

    private LedgerVerifier() {
    }

    public static LedgerVerification verify(DSLContext dsl) {
        List<LedgerVerification.Finding> findings = new ArrayList<>();
        for (Ledger ledger : Ledger.values()) {
            findings.add(verify(dsl, ledger));
        }
        return new LedgerVerification(findings);
    }

    static LedgerVerification.Finding verify(DSLContext dsl, Ledger ledger) {
        List<String> problems = new ArrayList<>();
        for (String trigger : ledger.triggers()) {
            boolean present = triggerExists(dsl, trigger);
            if (!present) {
                problems.add("trigger " + trigger + " is missing, so rows could be changed");
            }
        }
        String[] previous = {""};
        long[] rows = {0};
        long[] lastId = {0};
        String[] broken = {null};
        LedgerChain.rows(dsl, ledger, Long.MIN_VALUE, row -> {
            rows[0]++;
            if (broken[0] == null) {
                if (row.hash() == null) {
                    broken[0] = "row " + describe(row) + " has no hash: it was added outside the app";
                } else if (!row.hash().equals(LedgerChain.hash(previous[0], row.content()))) {
                    broken[0] = "row " + describe(row) + " does not match its hash: it was changed, or a row before it"
                            + " was removed, replaced or moved";
                }
            }
            previous[0] = row.hash() == null ? "" : row.hash();
            lastId[0] = row.id();
        });
        if (broken[0] != null) {
            problems.add(broken[0]);
        } else {
            var heads = com.actionpack.persistence.jooq.Tables.LEDGER_HEADS;
            Record3<Long, Long, String> head = dsl.select(heads.ROW_COUNT, heads.LAST_ID, heads.LAST_HASH).from(heads)
                    .where(heads.LEDGER.eq(ledger.table())).fetchOptional().orElse(null);
            if (head == null) {
                problems.add("its head (ledger_heads) is missing");
            } else if (head.value1() != rows[0] || head.value2() != lastId[0] || !head.value3().equals(previous[0])) {
                problems.add("holds " + rows[0] + " rows up to id " + lastId[0] + " but its head says "
                        + head.value1() + " up to id " + head.value2() + ": rows were removed or added at its end");
            }
        }
        return new LedgerVerification.Finding(ledger, rows[0],
                problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems)));
    }

    /** Whether the trigger is in the schema: SQLite's catalogue, or PostgreSQL's information_schema (#16). */
    private static boolean triggerExists(DSLContext dsl, String trigger) {
        if (dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
            var triggers = org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("information_schema", "triggers"));
            var name = org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("trigger_name"), String.class);
            var schema = org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("trigger_schema"), String.class);
            return PostgresCanonicalContent.withSchemas(dsl).fetchExists(org.jooq.impl.DSL.selectOne().from(triggers)
                    .where(name.eq(trigger)).and(schema.eq(org.jooq.impl.DSL.currentSchema())));
        }
        var master = org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("sqlite_master"));
        var type = org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("type"), String.class);
        var name = org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("name"), String.class);
        return dsl.fetchExists(org.jooq.impl.DSL.selectOne().from(master).where(type.eq("trigger")).and(name.eq(trigger)));
    }

    private static String describe(LedgerChain.ChainRow row) {
        return row.id() + (row.name() == null ? "" : " (" + row.name() + ")");
    }
}
