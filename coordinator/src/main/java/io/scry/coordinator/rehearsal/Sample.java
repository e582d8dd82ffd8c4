package io.scry.coordinator.rehearsal;

import java.util.List;

/**
 * What one sampling query returned: the server's lock and activity state at one instant.
 *
 * @param serverMicros {@code clock_timestamp()} of the server, microseconds since the epoch
 * @param localMillis this JVM's wall clock at the middle of the query's round trip
 * @param localNanos {@code System.nanoTime()} at the middle of the query's round trip
 * @param walBytes {@code pg_current_wal_lsn()} as a byte position
 */
record Sample(
    long serverMicros,
    long localMillis,
    long localNanos,
    long walBytes,
    List<Activity> activity,
    List<Lock> locks) {

  /** A row of {@code pg_stat_activity}, with {@code pg_blocking_pids(pid)} for lock waiters. */
  record Activity(
      int pid,
      String applicationName,
      int clientPort,
      long backendStartMicros,
      Long xactStartMicros,
      Long queryStartMicros,
      String state,
      String waitEventType,
      String waitEvent,
      String query,
      List<Integer> blockers) {

    /** The wait event when the backend waits for a heavyweight lock, else null. */
    String lockWait() {
      return "Lock".equals(waitEventType) ? waitEvent : null;
    }
  }

  /** A row of {@code pg_locks}: a granted relation lock, or any lock being waited for. */
  record Lock(
      int pid,
      String lockType,
      Long relationOid,
      String relationName,
      String mode,
      boolean granted) {}
}
