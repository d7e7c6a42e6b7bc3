-- PostgreSQL twin of db/migration/V3__operator_queue_indexes.sql (#16): same version, same tables, columns and rules;
-- BIGINT for SQLite's 64-bit INTEGER, identity ids, VARCHAR without a length for VARCHAR(n) and CHAR(n)
-- (SQLite enforces neither length nor padding; the app's checks do), and
-- triggers through refuse_change() (V1) where SQLite uses RAISE.
-- The operator's queues: accounts waiting for a verification decision, terms still provisioning.
CREATE INDEX accounts_verification ON accounts (verification, id);
CREATE INDEX memberships_provisioning ON memberships (status, benefits_available_at);
