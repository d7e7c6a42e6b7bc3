-- R18a: how each benefit is redeemed, a property of its catalog row kept beside the source's
-- published table (benefit_type stays exactly as written; LAPS rows state no type). LAPS rows
-- take the kind of the same product in MAPS. Generated from core's SourceCatalog; a test keeps
-- the database's catalog equal to it.
ALTER TABLE benefit_catalog ADD COLUMN redemption_kind VARCHAR(20) NOT NULL DEFAULT 'ACTIVATION'
    CHECK (redemption_kind IN ('PRODUCT_KEY', 'ACTIVATION', 'RECURRING_CREDIT', 'SERVICE_UNITS'));
UPDATE benefit_catalog SET redemption_kind = 'PRODUCT_KEY' WHERE id IN (
    'MAPS-04', 'MAPS-05', 'MAPS-06', 'MAPS-07', 'MAPS-08', 'MAPS-09', 'MAPS-10', 'MAPS-11',
    'MAPS-12', 'MAPS-13', 'MAPS-14', 'MAPS-16', 'MAPS-17', 'MAPS-18', 'MAPS-19', 'MAPS-23',
    'MAPS-24', 'MAPS-25', 'MAPS-26', 'MAPS-27', 'MAPS-28', 'MAPS-29', 'MAPS-30', 'MAPS-31',
    'MAPS-32', 'MAPS-33', 'MAPS-34', 'MAPS-35', 'MAPS-36', 'MAPS-37', 'MAPS-38', 'MAPS-39',
    'LAPS-02', 'LAPS-05', 'LAPS-06', 'LAPS-07');
UPDATE benefit_catalog SET redemption_kind = 'RECURRING_CREDIT' WHERE id IN (
    'MAPS-02', 'LAPS-01');
UPDATE benefit_catalog SET redemption_kind = 'SERVICE_UNITS' WHERE id IN (
    'LAPS-09', 'LAPS-10');
