-- R23: the ledgers' hash chains (V4) are sealed with a key the database does not hold, so that
-- rows edited with direct SQL and every later hash recomputed no longer verify. The key is a
-- file outside the database (com.actionpack.persistence.ledger.LedgerKeyFile); the MACs are
-- HMAC-SHA256, computed by the app (LedgerSeal), never here. Ledger rows are append-only, so no
-- existing row is updated: the rows of an older database are covered by its heads' seals, which
-- the app writes the first time it opens the database after this migration.

-- One row: which database this is (a random id, so seals cannot be moved between databases
-- sealed with the same key), which key sealed it (the key's id, never the key), when, and the
-- MAC over those three.
CREATE TABLE ledger_seal (
    id           INTEGER     NOT NULL PRIMARY KEY CHECK (id = 1),
    database_id  VARCHAR(36) NOT NULL,
    key_id       VARCHAR(16) NOT NULL,
    sealed_at    VARCHAR(40) NOT NULL,
    mac          VARCHAR(64) NOT NULL
);

-- Each head's MAC over (database id, ledger, row count, last id, last hash), moved with the head
-- in the transaction of every append: removing the newest rows and rewriting the head no longer
-- verifies.
ALTER TABLE ledger_heads ADD COLUMN seal VARCHAR(64);

-- Each row appended from now on also carries a MAC over (database id, ledger, id, row hash):
-- the first row whose hash was recomputed is named. NULL in rows written before the key.
ALTER TABLE invoices ADD COLUMN row_seal VARCHAR(64);
ALTER TABLE redemptions ADD COLUMN row_seal VARCHAR(64);
ALTER TABLE audit_log ADD COLUMN row_seal VARCHAR(64);
