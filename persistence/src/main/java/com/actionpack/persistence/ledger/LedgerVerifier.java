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
            boolean present = dsl.resultQuery("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                    trigger).fetchSingle(0, Integer.class) == 1;
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
            Record3<Long, Long, String> head = dsl.resultQuery(
                    "SELECT row_count, last_id, last_hash FROM ledger_heads WHERE ledger = ?", ledger.table())
                    .coerce(org.jooq.impl.DSL.field("row_count", Long.class), org.jooq.impl.DSL.field("last_id", Long.class),
                            org.jooq.impl.DSL.field("last_hash", String.class))
                    .fetchOptional().orElse(null);
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

    private static String describe(LedgerChain.ChainRow row) {
        return row.id() + (row.name() == null ? "" : " (" + row.name() + ")");
    }
}
