-- The index the region filters need, built without blocking writes.
CREATE INDEX CONCURRENTLY orders_region_idx ON orders (region);
