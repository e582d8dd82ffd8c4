-- A CHECK constraint added in one step: PostgreSQL scans every row of orders to validate it
-- while holding an ACCESS EXCLUSIVE lock, which blocks reads and writes for the whole scan.
ALTER TABLE orders ADD CONSTRAINT orders_total_non_negative CHECK (total >= 0);
