-- coupon_code looks unused and is dropped, but the order lookup still selects it: every
-- "SELECT ..., coupon_code, ... FROM orders WHERE id = ..." now fails with SQLSTATE 42703.
ALTER TABLE orders DROP COLUMN coupon_code;
