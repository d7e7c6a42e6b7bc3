package com.actionpack.persistence.ledger;

import static com.actionpack.persistence.jooq.Tables.LEDGER_HEADS;
import static com.actionpack.persistence.jooq.Tables.LEDGER_SEAL;

import com.actionpack.persistence.db.DatabaseException;
import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.jooq.tables.records.LedgerSealRecord;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Opening a database's ledger seal (R23): a database sealed before is opened only with the key
 * that sealed it (a missing or another key is one line, and nothing is written); a database
 * never sealed (new, or made before V17) is sealed now, in one transaction: its seal row (a new
 * random database id, the key's id, the time) and a seal on every ledger's head. A key file is
 * created only then, when there is none.
 *
 * <p>A database whose seal row is gone while its heads are sealed is not sealed anew (that
 * would launder a change made outside the app): it opens, {@code audit verify} reports it, and
 * nothing can be appended.
 */
public final class LedgerSeals {

    /** The problem of a database whose heads are sealed but whose seal row is gone. */
    static final String MISSING = "is missing (ledger_seal): it was removed outside the app";

    private LedgerSeals() {
    }

    /**
     * The id of the key that sealed the database on {@code connection}, read with plain JDBC
     * before any migration runs; empty when it has no seal (no table yet, or no row).
     */
    public static Optional<String> sealedWith(Connection connection) {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT key_id FROM ledger_seal WHERE id = 1")) {
            return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
        } catch (SQLException noTableYet) {
            return Optional.empty();
        }
    }

    /** Refuses, before anything is written, a missing key or a key other than the one that sealed {@code shown}. */
    public static LedgerKey requireKey(String shown, String sealedWith, LedgerKeyFile keys) {
        LedgerKey key = keys.read().orElseThrow(() -> new DatabaseException("The ledgers of " + shown
                + " are sealed with the ledger key " + sealedWith + " (R23), and there is no key at " + keys.file()
                + ": copy that key file here from the host that sealed them (mode 0600), or point --ledger-key or "
                + LedgerKeyFile.ENV_KEY + " at it; nothing was changed."));
        if (!key.id().equals(sealedWith)) {
            throw new DatabaseException("The ledgers of " + shown + " are sealed with the ledger key " + sealedWith
                    + " (R23), but the key at " + keys.file() + " is " + key.id() + ": point --ledger-key or "
                    + LedgerKeyFile.ENV_KEY + " at the key that sealed them (if it is the right one, the seal was changed"
                    + " outside the app: run actionpack audit verify with it); nothing was changed.");
        }
        return key;
    }

    /** After migrating: the database's seal, sealing it first if it never was. */
    public static LedgerSeal open(SqliteTransactions tx, String shown, LedgerKeyFile keys, Instant now) {
        Optional<LedgerSeal> existing = tx.read(() -> existing(tx.dsl(), shown, keys));
        if (existing.isPresent()) {
            return existing.get();
        }
        LedgerKey key = keys.readOrCreate(new SecureRandom());
        return tx.write(() -> {
            DSLContext dsl = tx.dsl();
            // Another process may have sealed it in between: then its seal stands.
            return existing(dsl, shown, keys).orElseGet(() -> seal(dsl, key, now));
        });
    }

    /** The seal as stored, checked against the key; empty when the database was never sealed. */
    static Optional<LedgerSeal> existing(DSLContext dsl, String shown, LedgerKeyFile keys) {
        // The heads first, then the row: on PostgreSQL (READ COMMITTED) each statement sees what
        // was committed when it began, and another host may seal the database in between. Heads
        // seen sealed mean its seal row was committed before the row is read: never "missing"
        // for a seal that was merely being made (two hosts opening a new database at once).
        boolean headsSealed = dsl.fetchExists(dsl.selectOne().from(LEDGER_HEADS).where(LEDGER_HEADS.SEAL.isNotNull()));
        LedgerSealRecord row = dsl.selectFrom(LEDGER_SEAL).where(LEDGER_SEAL.ID.eq(1L)).fetchOne();
        if (row != null) {
            LedgerKey key = requireKey(shown, row.getKeyId(), keys);
            return Optional.of(of(key, row));
        }
        if (headsSealed) {
            LedgerKey key = keys.read().orElseThrow(() -> new DatabaseException("The ledgers of " + shown + " were sealed"
                    + " (R23) but their seal row is gone, and there is no ledger key at " + keys.file() + ": point"
                    + " --ledger-key or " + LedgerKeyFile.ENV_KEY + " at the key, then run actionpack audit verify."));
            return Optional.of(new LedgerSeal(key, null, Optional.of(MISSING)));
        }
        return Optional.empty();
    }

    /** The seal of a stored seal row, read with {@code key}: its problem says whether the row verifies. */
    static LedgerSeal of(LedgerKey key, LedgerSealRecord row) {
        boolean intact = key.id().equals(row.getKeyId()) && row.getMac() != null && row.getMac().equals(
                LedgerSeal.database(key, row.getDatabaseId(), row.getKeyId(), row.getSealedAt()));
        return new LedgerSeal(key, row.getDatabaseId(), intact ? Optional.empty()
                : Optional.of("does not match its MAC (ledger_seal): it was changed outside the app"));
    }

    /** Seals a database never sealed: its seal row, then every head as it is. */
    private static LedgerSeal seal(DSLContext dsl, LedgerKey key, Instant now) {
        String databaseId = UUID.randomUUID().toString();
        String sealedAt = now.truncatedTo(ChronoUnit.SECONDS).toString();
        dsl.insertInto(LEDGER_SEAL).set(LEDGER_SEAL.ID, 1L).set(LEDGER_SEAL.DATABASE_ID, databaseId)
                .set(LEDGER_SEAL.KEY_ID, key.id()).set(LEDGER_SEAL.SEALED_AT, sealedAt)
                .set(LEDGER_SEAL.MAC, LedgerSeal.database(key, databaseId, key.id(), sealedAt)).execute();
        LedgerSeal seal = new LedgerSeal(key, databaseId, Optional.empty());
        for (Ledger ledger : Ledger.values()) {
            var head = dsl.select(LEDGER_HEADS.ROW_COUNT, LEDGER_HEADS.LAST_ID, LEDGER_HEADS.LAST_HASH).from(LEDGER_HEADS)
                    .where(LEDGER_HEADS.LEDGER.eq(ledger.table())).fetchSingle();
            dsl.update(LEDGER_HEADS).set(LEDGER_HEADS.SEAL, seal.head(ledger, head.value1(), head.value2(), head.value3()))
                    .where(LEDGER_HEADS.LEDGER.eq(ledger.table())).execute();
        }
        return seal;
    }
}
