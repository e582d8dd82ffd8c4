-- Autovacuum would analyze orders about a minute after the backfill (autovacuum_naptime) and
-- repair the plan by itself; on a large, busy table it can take far longer before it gets
-- there. Keep it away from orders so that the window after the deploy stays open for the
-- whole replay instead of closing at a random moment.
ALTER TABLE orders SET (autovacuum_enabled = off);
