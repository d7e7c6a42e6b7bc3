-- R7a: each order records which agreement text was accepted, by whom and when: the version id
-- and the SHA-256 of the text. One row per order, written in the order's own transaction.
CREATE TABLE order_agreements (
    order_id             INTEGER      PRIMARY KEY REFERENCES orders (id),
    version              VARCHAR(40)  NOT NULL,
    text_sha256          CHAR(64)     NOT NULL CHECK (length(text_sha256) = 64),
    accepted_by_user_id  INTEGER      NOT NULL REFERENCES users (id),
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
BEGIN SELECT RAISE(ABORT, 'order_agreements are append-only'); END;
CREATE TRIGGER order_agreements_no_delete BEFORE DELETE ON order_agreements
BEGIN SELECT RAISE(ABORT, 'order_agreements are append-only'); END;
