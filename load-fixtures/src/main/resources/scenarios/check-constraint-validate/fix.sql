-- The safe pattern: add the constraint NOT VALID (a brief ACCESS EXCLUSIVE lock, no scan), then
-- validate it under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on.
ALTER TABLE orders DROP CONSTRAINT orders_total_non_negative;
ALTER TABLE orders ADD CONSTRAINT orders_total_non_negative CHECK (total >= 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_non_negative;
