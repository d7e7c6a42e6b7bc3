-- PostgreSQL twin of db/migration/V10__jpy_price_in_whole_yen.sql (#16): same version, same tables, columns and rules;
-- BIGINT for SQLite's 64-bit INTEGER, VARCHAR without a length, and triggers through
-- refuse_change() (V1) where SQLite uses RAISE.
-- R10a: amounts are stored in the currency's ISO 4217 minor unit. V1 seeded Japan's price as
-- 7100000 with a cents assumption; JPY has no minor unit, so the intended 71,000 yen is 71000.
-- Only the untouched seed value is corrected: the price editor always read JPY as whole yen,
-- so a price an operator typed is already right and is left alone. Orders and invoices keep
-- the amounts they were issued with (documents are never edited, R9).
UPDATE country_offers SET price_minor = 71000 WHERE country = 'JP' AND currency = 'JPY' AND price_minor = 7100000;
