package com.actionpack.persistence.ledger;

import static com.actionpack.persistence.jooq.Tables.LEDGER_CHECKS;

import com.actionpack.persistence.db.SqliteTransactions;
import com.actionpack.persistence.db.Times;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The ledgers of one database file, for {@code actionpack audit verify} and the Audit
 * workspace: verify the chains (R23), record the outcome, read the last one recorded.
 */
public final class Ledgers {

    /**
     * One recorded verification.
     *
     * @param at      when it ran (UTC)
     * @param intact  true when every ledger was intact
     * @param summary {@link LedgerVerification#summary()}, one line
     */
    public record Check(Instant at, boolean intact, String summary) {

        public Check {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(summary, "summary");
        }
    }

    private final SqliteTransactions tx;
    private final LedgerKey key;

    /** @param key the key the database was opened with (its seal's, {@link LedgerSeals#open}) */
    public Ledgers(SqliteTransactions tx, LedgerKey key) {
        this.tx = tx;
        this.key = Objects.requireNonNull(key, "key");
    }

    /** Reads every ledger and its seals in one read transaction (a consistent snapshot; writers are not blocked). */
    public LedgerVerification verify() {
        return tx.read(() -> LedgerVerifier.verify(tx.dsl(), key));
    }

    /** Records what {@link #verify} found, for the Audit workspace. */
    public Check record(LedgerVerification verification, Instant at) {
        Check check = new Check(at, verification.intact(), verification.summary());
        tx.write(() -> tx.dsl().insertInto(LEDGER_CHECKS).set(LEDGER_CHECKS.CHECKED_AT, Times.toDb(at))
                .set(LEDGER_CHECKS.INTACT, check.intact()).set(LEDGER_CHECKS.SUMMARY, check.summary()).execute());
        return check;
    }

    /** The newest recorded verification, if any. */
    public Optional<Check> last() {
        return tx.read(() -> tx.dsl().selectFrom(LEDGER_CHECKS).orderBy(LEDGER_CHECKS.ID.desc()).limit(1)
                .fetchOptional(r -> new Check(Times.fromDb(r.getCheckedAt()), r.getIntact(), r.getSummary())));
    }
}
