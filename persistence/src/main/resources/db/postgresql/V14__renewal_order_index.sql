-- PostgreSQL twin of db/migration/V14__renewal_order_index.sql (#16): same version, same index.
-- Renewal orders by the term they renew (V15, R11a): without it every renewed term scans the
-- orders (issue 15).
CREATE INDEX orders_renews_membership ON orders (renews_membership_id);
