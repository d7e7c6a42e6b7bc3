-- R11a, written by the first version before the rule existed: a renewal whose funds were
-- recorded after the renewed term's AD + 30 (start + 395 days) did not renew it. That term
-- lapsed: EXPIRED as of AD + 31 (start + 396 days), not RENEWED.
UPDATE memberships
SET status = 'EXPIRED', closed_on = date(start_date, '+396 days')
WHERE status = 'RENEWED'
  AND EXISTS (
      SELECT 1
      FROM orders o
      JOIN memberships next ON next.order_id = o.id
      WHERE o.kind = 'RENEWAL'
        AND o.renews_membership_id = memberships.id
        AND next.start_date > date(memberships.start_date, '+395 days'));

-- R11a: terms are numbered within one unbroken membership. The first version copied the
-- account-wide order sequence (a fresh purchase after a lapse read "term 2"). A term continues
-- the one its renewal order names when it started by that term's AD + 30; any other term is
-- term 1 of a new membership. (orders.term keeps the account-wide sequence: the one-live-order
-- guard of R5 is built on it.)
WITH RECURSIVE chain(id, start_date, term) AS (
    SELECT m.id, m.start_date, 1
    FROM memberships m
    JOIN orders o ON o.id = m.order_id
    WHERE NOT EXISTS (
        SELECT 1 FROM memberships previous
        WHERE o.kind = 'RENEWAL'
          AND previous.id = o.renews_membership_id
          AND m.start_date <= date(previous.start_date, '+395 days'))
    UNION ALL
    SELECT m.id, m.start_date, chain.term + 1
    FROM chain
    JOIN orders o ON o.kind = 'RENEWAL' AND o.renews_membership_id = chain.id
    JOIN memberships m ON m.order_id = o.id
    WHERE m.start_date <= date(chain.start_date, '+395 days')
)
UPDATE memberships
SET term = (SELECT chain.term FROM chain WHERE chain.id = memberships.id)
WHERE id IN (SELECT id FROM chain);
