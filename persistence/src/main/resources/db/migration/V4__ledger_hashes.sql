-- R23 tamper evidence: every row of the append-only ledgers (invoices and credit notes,
-- redemptions, audit entries) carries a SHA-256 over its content and the previous row's hash,
-- computed in one place (com.actionpack.persistence.ledger.LedgerChain) right after the row is
-- inserted; V5 fills it for the rows that exist.
ALTER TABLE invoices ADD COLUMN row_hash CHAR(64);
ALTER TABLE redemptions ADD COLUMN row_hash CHAR(64);
ALTER TABLE audit_log ADD COLUMN row_hash CHAR(64);

-- A row is sealed once, inside the transaction that inserts it: before that (row_hash NULL) the
-- one UPDATE that sets the hash is let through; after it, nothing is.
DROP TRIGGER invoices_never_updated;
CREATE TRIGGER invoices_never_updated BEFORE UPDATE ON invoices
    WHEN OLD.row_hash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'invoices and credit notes are never edited (R9)');
END;
DROP TRIGGER redemptions_never_updated;
CREATE TRIGGER redemptions_never_updated BEFORE UPDATE ON redemptions
    WHEN OLD.row_hash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'redemptions are never edited (R19)');
END;
DROP TRIGGER audit_log_never_updated;
CREATE TRIGGER audit_log_never_updated BEFORE UPDATE ON audit_log
    WHEN OLD.row_hash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is never edited (R21)');
END;

-- The newest sealed row of each ledger and how many there are: removing the last rows of a
-- ledger leaves no break in its chain, but no longer matches its head.
CREATE TABLE ledger_heads (
    ledger     VARCHAR(20) NOT NULL PRIMARY KEY,
    row_count  INTEGER     NOT NULL CHECK (row_count >= 0),
    last_id    INTEGER     NOT NULL,
    last_hash  CHAR(64)    NOT NULL
);
INSERT INTO ledger_heads (ledger, row_count, last_id, last_hash) VALUES
    ('invoices', 0, 0, ''), ('redemptions', 0, 0, ''), ('audit_log', 0, 0, '');

-- What `actionpack audit verify` found, newest last: the Audit workspace shows the last one.
CREATE TABLE ledger_checks (
    id          INTEGER       PRIMARY KEY,
    checked_at  TIMESTAMP(6)  NOT NULL,
    intact      BOOLEAN       NOT NULL,
    summary     VARCHAR(4000) NOT NULL
);
