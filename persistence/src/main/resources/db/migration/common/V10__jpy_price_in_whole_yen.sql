-- R10a: amounts are stored in the currency's ISO 4217 minor unit. V1 seeded Japan's price as
-- 7100000 with a cents assumption; JPY has no minor unit, so the intended 71,000 yen is 71000.
-- Only the untouched seed value is corrected: the price editor always read JPY as whole yen,
-- so a price an operator typed is already right and is left alone. Orders and invoices keep
-- the amounts they were issued with (documents are never edited, R9).
UPDATE country_offers SET price_minor = 71000 WHERE country = 'JP' AND currency = 'JPY' AND price_minor = 7100000;
