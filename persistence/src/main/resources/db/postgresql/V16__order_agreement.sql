-- PostgreSQL twin of db/migration/V16__order_agreement.sql (#16): same version, same tables, columns and rules;
-- BIGINT for SQLite's 64-bit INTEGER, identity ids, VARCHAR without a length for VARCHAR(n) and CHAR(n)
-- (SQLite enforces neither length nor padding; the app's checks do), and
-- triggers through refuse_change() (V1) where SQLite uses RAISE.
-- R7a: each order records which agreement text was accepted, by whom and when: the version id
-- and the SHA-256 of the text. One row per order, written in the order's own transaction.
CREATE TABLE order_agreements (
    order_id             BIGINT      PRIMARY KEY REFERENCES orders (id),
    version              VARCHAR NOT NULL,
    text_sha256          VARCHAR     NOT NULL CHECK (length(text_sha256) = 64),
    accepted_by_user_id  BIGINT      NOT NULL REFERENCES users (id),
    accepted_at          TIMESTAMP(6) NOT NULL
);

-- Orders placed before this was recorded were placed under the first version (core's
-- Agreement.FIRST; UpgradeAgreementTest checks this hash against core's), by the user who
-- placed them, when they placed them.
INSERT INTO order_agreements (order_id, version, text_sha256, accepted_by_user_id, accepted_at)
SELECT id, '2026-11', 'cf09852bd52edbd3cd893c045cc5800a785b06e95f0c5aa842a341410addc306', placed_by_user_id, placed_at
FROM orders;

-- Append-only, like the other records of what happened (R21).
CREATE TRIGGER order_agreements_no_update BEFORE UPDATE ON order_agreements
    FOR EACH ROW
    EXECUTE FUNCTION refuse_change('order_agreements are append-only');
CREATE TRIGGER order_agreements_no_delete BEFORE DELETE ON order_agreements
    FOR EACH ROW
    EXECUTE FUNCTION refuse_change('order_agreements are append-only');
