package com.actionpack.persistence.ledger;

import com.actionpack.persistence.db.DatabaseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The seal of one database's ledgers (R23): its {@link LedgerKey} and the database's id, and
 * the MACs made with them. Every MAC is HMAC-SHA256 over a versioned text naming what it seals,
 * so a seal of one kind, ledger or database never verifies as another:
 * <ul>
 * <li>database: {@code actionpack-ledger-seal/1\ndatabase\n<database id>\n<key id>\n<sealed at>}</li>
 * <li>head: {@code ...\nhead\n<database id>\n<ledger>\n<row count>\n<last id>\n<last hash>}</li>
 * <li>row: {@code ...\nrow\n<database id>\n<ledger>\n<id>\n<row hash>}</li>
 * </ul>
 * A row's hash chains its content to every row before it, so a head's seal vouches for the
 * whole ledger and a row's seal for the ledger up to that row.
 *
 * <p>A seal whose database row is missing or does not verify still verifies what it can, but
 * {@link #forAppending()} refuses: the app never seals a head over a change made outside it.
 */
public final class LedgerSeal {

    private static final String VERSION = "actionpack-ledger-seal/1\n";

    private final LedgerKey key;
    private final String databaseId;
    private final Optional<String> problem;

    /**
     * @param databaseId the id in the database's seal row; null when there is none
     * @param problem    why nothing may be appended (the seal row is missing or changed), or empty
     */
    LedgerSeal(LedgerKey key, String databaseId, Optional<String> problem) {
        this.key = Objects.requireNonNull(key, "key");
        this.databaseId = databaseId == null ? "" : databaseId;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The MAC of a database's seal row. */
    static String database(LedgerKey key, String databaseId, String keyId, String sealedAt) {
        return key.mac(VERSION + "database\n" + databaseId + "\n" + keyId + "\n" + sealedAt);
    }

    /** The MAC of a ledger's head. */
    String head(Ledger ledger, long rowCount, long lastId, String lastHash) {
        return key.mac(VERSION + "head\n" + databaseId + "\n" + ledger.table() + "\n" + rowCount + "\n" + lastId + "\n"
                + (lastHash == null ? "" : lastHash));
    }

    /** The MAC of one ledger row, given its id and hash. */
    String row(Ledger ledger, long id, String rowHash) {
        return key.mac(VERSION + "row\n" + databaseId + "\n" + ledger.table() + "\n" + id + "\n" + rowHash);
    }

    /** Why the database's seal row cannot be trusted, or empty. */
    Optional<String> problem() {
        return problem;
    }

    public LedgerKey key() {
        return key;
    }

    /** This seal, when rows may be appended under it; else one line that says to verify. */
    LedgerSeal forAppending() {
        if (problem.isPresent()) {
            throw new DatabaseException(DatabaseException.Kind.UNUSABLE, "Nothing was saved: the database's ledger seal"
                    + " (R23) " + problem.get() + "; run actionpack audit verify.", null);
        }
        return this;
    }

    /** Refuses to extend a head whose seal does not verify: it was changed outside the app. */
    void checkHead(Ledger ledger, long rowCount, long lastId, String lastHash, String seal) {
        forAppending();
        if (seal == null || !seal.equals(head(ledger, rowCount, lastId, lastHash))) {
            throw new DatabaseException(DatabaseException.Kind.UNUSABLE, "Nothing was saved: the head of the "
                    + ledger.label() + " does not match its seal (R23), it was changed outside the app; run actionpack"
                    + " audit verify.", null);
        }
    }

    @Override
    public String toString() {
        return "LedgerSeal[key " + key.id() + ", database " + databaseId + "]";
    }
}
