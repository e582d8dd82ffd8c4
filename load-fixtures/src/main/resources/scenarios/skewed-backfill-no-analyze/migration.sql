-- Orders get a region and its index, but the backfill is not followed by ANALYZE: the planner
-- has no statistics for region and assumes any one region matches 0.5% of orders, while
-- north-america alone holds about 60%.
ALTER TABLE orders ADD COLUMN region text;

UPDATE orders o
   SET region = CASE c.country
                  WHEN 'US' THEN 'north-america'
                  WHEN 'CA' THEN 'north-america'
                  WHEN 'MX' THEN 'north-america'
                  WHEN 'GB' THEN 'europe'
                  WHEN 'DE' THEN 'europe'
                  WHEN 'FR' THEN 'europe'
                  WHEN 'BR' THEN 'south-america'
                  WHEN 'ZA' THEN 'africa'
                  ELSE 'asia-pacific'
                END
  FROM customers c
 WHERE c.id = o.customer_id;

CREATE INDEX orders_region_idx ON orders (region);
