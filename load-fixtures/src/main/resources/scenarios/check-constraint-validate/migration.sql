-- A CHECK constraint added in one step: PostgreSQL scans every row of orders to validate it
-- while holding an ACCESS EXCLUSIVE lock, which blocks every read and write of orders for the
-- whole scan (row_cost_at_production_scale() makes the demo's table scan as long as a far bigger
-- one would; see setup.sql).
ALTER TABLE orders ADD CONSTRAINT orders_total_non_negative
  CHECK (total >= 0 AND row_cost_at_production_scale());
