-- PostgreSQL twin of db/migration/V12__office_activations.sql (#16): same version, same tables, columns and rules;
-- BIGINT for SQLite's 64-bit INTEGER, VARCHAR without a length, and triggers through
-- refuse_change() (V1) where SQLite uses RAISE.
-- R13a: an Office product's actual activation, when an admin records it later than the day it
-- was redeemed. Beside the redemption, which is never edited (R19); one per redemption, and
-- like the redemptions themselves never changed or deleted.
CREATE TABLE office_activations (
    redemption_id        BIGINT       NOT NULL PRIMARY KEY REFERENCES redemptions (id),
    activated_on         DATE         NOT NULL,
    recorded_by_user_id  BIGINT       NOT NULL REFERENCES users (id),
    recorded_at          TIMESTAMP(6) NOT NULL
);
CREATE TRIGGER office_activations_never_updated BEFORE UPDATE ON office_activations
    FOR EACH ROW
    EXECUTE FUNCTION refuse_change('an Office activation, once recorded, is never edited (R13a)');
CREATE TRIGGER office_activations_never_deleted BEFORE DELETE ON office_activations
    FOR EACH ROW
    EXECUTE FUNCTION refuse_change('an Office activation, once recorded, is never deleted (R13a)');
