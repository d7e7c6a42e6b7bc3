-- Renewal orders by the term they renew: V15 (R11a) and any later lookup of "the renewal of
-- this term" search orders by renews_membership_id. Without this index SQLite scans every order
-- for every renewed term: on 1,000,000 orders V15 ran for hours (issue 15); with it, seconds.
-- V14 sorts before V15, so a database below V15 gets the index first; one already past V15
-- gets it out of order (Migrations' outOfOrder), which changes nothing but speed. The same on
-- SQLite and PostgreSQL (shared).
CREATE INDEX orders_renews_membership ON orders (renews_membership_id);
