-- The same constraint, added the safe way instead of the migration: NOT VALID takes ACCESS
-- EXCLUSIVE for milliseconds (no scan; new and updated rows are checked from now on), then
-- VALIDATE CONSTRAINT, in its own transaction, scans the existing rows under SHARE UPDATE
-- EXCLUSIVE, which lets reads and writes of orders go on meanwhile.
ALTER TABLE orders ADD CONSTRAINT orders_total_non_negative
  CHECK (total >= 0 AND row_cost_at_production_scale()) NOT VALID;

ALTER TABLE orders VALIDATE CONSTRAINT orders_total_non_negative;
