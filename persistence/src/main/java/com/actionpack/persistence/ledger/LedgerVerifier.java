package com.actionpack.persistence.ledger;

import static com.actionpack.persistence.jooq.Tables.LEDGER_HEADS;
import static com.actionpack.persistence.jooq.Tables.LEDGER_SEAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record4;

/**
 * Checks every ledger's hash chain against its rows as stored (R23): any edit, removal,
 * replacement or reordering made outside the app, even with direct SQL, breaks the chain at
 * the first row it touched, or no longer matches the ledger's head; and the seals under the
 * ledger key (V17, {@link LedgerSeal}): a chain rewritten with recomputed hashes no longer
 * matches the seal of the first row it changed, nor its head's. Reads only.
 */
public final class LedgerVerifier {

    private LedgerVerifier() {
    }

    /**
     * Verifies every ledger's chain, its rows' seals and its head's seal under {@code key}, and
     * the database's seal row.
     *
     * @throws com.actionpack.persistence.db.DatabaseException when the database is sealed with
     *         another key (one line: nothing can be verified with this one)
     */
    public static LedgerVerification verify(DSLContext dsl, LedgerKey key) {
        var sealRow = dsl.selectFrom(LEDGER_SEAL).where(LEDGER_SEAL.ID.eq(1L)).fetchOne();
        LedgerSeal seal;
        if (sealRow != null) {
            if (!key.id().equals(sealRow.getKeyId())) {
                throw new com.actionpack.persistence.db.DatabaseException("The ledgers are sealed with the ledger key "
                        + sealRow.getKeyId() + " (R23), not with " + key.id() + ": verify them with the key that sealed"
                        + " them (--ledger-key or " + LedgerKeyFile.ENV_KEY + ").");
            }
            seal = LedgerSeals.of(key, sealRow);
        } else {
            boolean headsSealed = dsl.fetchExists(dsl.selectOne().from(LEDGER_HEADS).where(LEDGER_HEADS.SEAL.isNotNull()));
            seal = new LedgerSeal(key, null, Optional.of(headsSealed ? LedgerSeals.MISSING
                    : "is missing (ledger_seal): the database was never sealed with a ledger key"));
        }
        List<LedgerVerification.Finding> findings = new ArrayList<>();
        for (Ledger ledger : Ledger.values()) {
            findings.add(verify(dsl, seal, ledger));
        }
        return new LedgerVerification(findings, seal.problem());
    }

    static LedgerVerification.Finding verify(DSLContext dsl, LedgerSeal seal, Ledger ledger) {
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
        // Rows written before the ledger key (V17) carry no seal; once one does, every later one must.
        long[] unsealedBefore = {0};
        boolean[] sealedSeen = {false};
        String[] broken = {null};
        LedgerChain.rows(dsl, ledger, Long.MIN_VALUE, true, row -> {
            rows[0]++;
            if (broken[0] == null) {
                broken[0] = problemOf(seal, ledger, row, previous[0], sealedSeen[0], unsealedBefore[0]);
            }
            if (row.seal() == null && !sealedSeen[0]) {
                unsealedBefore[0]++;
            }
            sealedSeen[0] |= row.seal() != null;
            previous[0] = row.hash() == null ? "" : row.hash();
            lastId[0] = row.id();
        });
        if (broken[0] != null) {
            problems.add(broken[0]);
        } else {
            Record4<Long, Long, String, String> head = dsl.select(LEDGER_HEADS.ROW_COUNT, LEDGER_HEADS.LAST_ID,
                    LEDGER_HEADS.LAST_HASH, LEDGER_HEADS.SEAL).from(LEDGER_HEADS)
                    .where(LEDGER_HEADS.LEDGER.eq(ledger.table())).fetchOptional().orElse(null);
            if (head == null) {
                problems.add("its head (ledger_heads) is missing");
            } else if (head.value1() != rows[0] || head.value2() != lastId[0] || !head.value3().equals(previous[0])) {
                problems.add("holds " + rows[0] + " rows up to id " + lastId[0] + " but its head says "
                        + head.value1() + " up to id " + head.value2() + ": rows were removed or added at its end");
            } else if (head.value4() == null) {
                problems.add("its head (ledger_heads) has no seal: it was removed outside the app");
            } else if (!head.value4().equals(seal.head(ledger, head.value1(), head.value2(), head.value3()))) {
                problems.add("its head (" + rows[0] + " rows up to id " + lastId[0] + ") does not match its seal: the"
                        + " rows and the head were rewritten outside the app (rows removed at its end, or hashes"
                        + " recomputed), or the seal was changed");
            }
        }
        return new LedgerVerification.Finding(ledger, rows[0],
                problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems)));
    }

    /** The first thing wrong with {@code row}: its hash, then its seal; null when it verifies. */
    private static String problemOf(LedgerSeal seal, Ledger ledger, LedgerChain.ChainRow row, String previousHash,
            boolean sealedSeen, long unsealedBefore) {
        if (row.hash() == null) {
            return "row " + describe(row) + " has no hash: it was added outside the app";
        }
        if (!row.hash().equals(LedgerChain.hash(previousHash, row.content()))) {
            return "row " + describe(row) + " does not match its hash: it was changed, or a row before it"
                    + " was removed, replaced or moved";
        }
        if (row.seal() == null) {
            return sealedSeen ? "row " + describe(row) + " has no seal: it was added or changed outside the app" : null;
        }
        if (!row.seal().equals(seal.row(ledger, row.id(), row.hash()))) {
            if (!sealedSeen && unsealedBefore > 0) {
                return "row " + describe(row) + " does not match its seal: it, or one of the " + unsealedBefore
                        + " rows before it (written before the ledger key), was changed outside the app and the"
                        + " hashes recomputed";
            }
            return "row " + describe(row) + " does not match its seal: it was changed outside the app and the hashes"
                    + " from it on recomputed, or a row before it was removed, or its seal was changed";
        }
        return null;
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
