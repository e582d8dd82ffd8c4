-- An expand/contract rewrite of orders.region: re-add it as text, backfill every order, swap.
-- Dropping the old column silently drops orders_region_idx with it, and nothing re-creates it:
-- every "WHERE region = ..." becomes a sequential scan of orders.
ALTER TABLE orders ADD COLUMN region_new text;

UPDATE orders SET region_new = region;

ALTER TABLE orders DROP COLUMN region;

ALTER TABLE orders RENAME COLUMN region_new TO region;

ANALYZE orders;
