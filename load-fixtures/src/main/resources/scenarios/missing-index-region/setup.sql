-- Production before the release: orders.region exists, backfilled from the customers' countries
-- (a dozen skewed sales regions) and indexed, so the application's region filters are index
-- scans. The migration under test rewrites this column.
ALTER TABLE orders ADD COLUMN region text;

UPDATE orders o
   SET region = CASE c.country
                  WHEN 'US' THEN 'us-east'
                  WHEN 'GB' THEN 'eu-west'
                  WHEN 'DE' THEN 'eu-central'
                  WHEN 'FR' THEN 'eu-south'
                  WHEN 'CA' THEN 'ca-central'
                  WHEN 'BR' THEN 'sa-east'
                  WHEN 'IN' THEN 'ap-south'
                  WHEN 'JP' THEN 'ap-northeast'
                  WHEN 'AU' THEN 'ap-southeast'
                  WHEN 'ZA' THEN 'af-south'
                  WHEN 'MX' THEN 'mx-central'
                  WHEN 'SG' THEN 'ap-east'
                END
  FROM customers c
 WHERE c.id = o.customer_id;

CREATE INDEX orders_region_idx ON orders (region);

ANALYZE orders;
