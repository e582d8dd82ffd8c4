package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;

/**
 * The shadow server's logical replication workers: every subscription of the server runs an apply
 * worker for as long as it is enabled, and its initial copy needs more (table synchronization
 * workers), all out of {@code max_logical_replication_workers}. A server whose workers are all
 * taken accepts a subscription and then never copies anything.
 */
final class ReplicationWorkers {
  private ReplicationWorkers() {}

  /** Workers the server could still start. */
  static long free(BlockingSql shadow) {
    return Long.parseLong(
        shadow.queryValue(
            "SELECT (current_setting('max_logical_replication_workers')::int - count(*))::text"
                + " FROM pg_stat_activity WHERE backend_type LIKE 'logical replication %worker'"));
  }

  /** Fails unless the server can start an apply worker and a table synchronization worker. */
  static void requireFree(BlockingSql shadow, Endpoint endpoint, long needed) {
    long free = free(shadow);
    if (free < needed) {
      throw exhausted(shadow, endpoint, free);
    }
  }

  static ShadowException exhausted(BlockingSql shadow, Endpoint endpoint, long free) {
    long max =
        Long.parseLong(
            shadow.queryValue("SELECT current_setting('max_logical_replication_workers')"));
    return new ShadowException(
        "the shadow server has "
            + Math.max(0, free)
            + " of its "
            + max
            + " logical replication workers free ("
            + endpoint.described()
            + "), and a shadow needs 2 while it copies: one to apply changes, one to copy tables",
        "raise max_logical_replication_workers (and max_worker_processes) on the shadow server"
            + " (ALTER SYSTEM SET max_logical_replication_workers = "
            + (max + 4)
            + "; then a restart), or drop shadows it no longer needs");
  }
}
