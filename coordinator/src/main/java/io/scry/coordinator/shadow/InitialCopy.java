package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Follows a subscription's initial copy on the shadow until every table is ready (pg_subscription
 * _rel state {@code r}): tables from pg_subscription_rel, rows and bytes of the tables done from
 * the shadow's statistics and sizes, those of the copies running from pg_stat_progress_copy.
 */
final class InitialCopy {
  /**
   * How often progress is reported; the copy is looked at more often, to end soon after it does.
   */
  static final Duration REPORT_EVERY = Duration.ofSeconds(2);

  /** How long tables may wait for a worker before the copy is given up. */
  static final Duration STARVING_LIMIT = Duration.ofSeconds(15);

  private InitialCopy() {}

  /**
   * @param totalBytes the tables' size on the source, for the ETA
   */
  static CopyProgress await(
      BlockingSql shadow,
      Endpoint endpoint,
      ShadowName name,
      long totalBytes,
      Consumer<CopyProgress> progress) {
    long start = System.nanoTime();
    long lastReport = start;
    long starvingSince = 0;
    while (true) {
      CopyProgress now =
          look(shadow, name, totalBytes, Duration.ofNanos(System.nanoTime() - start));
      if (now.done()) {
        progress.accept(now);
        return now;
      }
      failOnErrors(shadow, name);
      if (!starving(shadow, name)) {
        starvingSince = 0;
      } else if (starvingSince == 0) {
        starvingSince = System.nanoTime();
      } else if (System.nanoTime() - starvingSince > STARVING_LIMIT.toNanos()) {
        throw ReplicationWorkers.exhausted(shadow, endpoint, ReplicationWorkers.free(shadow));
      }
      if (System.nanoTime() - lastReport >= REPORT_EVERY.toNanos()) {
        progress.accept(now);
        lastReport = System.nanoTime();
      }
      Pause.briefly();
    }
  }

  private static CopyProgress look(
      BlockingSql shadow, ShadowName name, long totalBytes, Duration elapsed) {
    List<String> tables =
        shadow
            .query(
                "SELECT count(*) FILTER (WHERE r.srsubstate = 'r')::text, count(*)::text,"
                    + " coalesce(sum(st.n_live_tup) FILTER (WHERE r.srsubstate IN ('r', 's')),"
                    + " 0)::text,"
                    + " coalesce(sum(pg_table_size(r.srrelid)) FILTER (WHERE r.srsubstate IN"
                    + " ('r', 's')), 0)::text"
                    + " FROM pg_subscription_rel r JOIN pg_subscription s ON s.oid = r.srsubid"
                    + " LEFT JOIN pg_stat_user_tables st ON st.relid = r.srrelid"
                    + " WHERE s.subname = "
                    + BlockingSql.literal(name.subscription()))
            .get(0);
    List<String> running =
        shadow
            .query(
                "SELECT coalesce(sum(tuples_processed), 0)::text,"
                    + " coalesce(sum(bytes_processed), 0)::text FROM pg_stat_progress_copy"
                    + " WHERE datid = (SELECT oid FROM pg_database"
                    + " WHERE datname = current_database())")
            .get(0);
    return new CopyProgress(
        Integer.parseInt(tables.get(0)),
        Integer.parseInt(tables.get(1)),
        Long.parseLong(tables.get(2)) + Long.parseLong(running.get(0)),
        Long.parseLong(tables.get(3)) + Long.parseLong(running.get(1)),
        totalBytes,
        elapsed);
  }

  /**
   * Whether tables wait for a copy that no worker can start: PostgreSQL would wait for as long as
   * the server's replication workers stay taken.
   */
  private static boolean starving(BlockingSql shadow, ShadowName name) {
    String copying =
        shadow.queryValue(
            "SELECT count(*)::text FROM pg_stat_subscription WHERE relid IS NOT NULL AND subname = "
                + BlockingSql.literal(name.subscription()));
    return "0".equals(copying) && ReplicationWorkers.free(shadow) <= 0;
  }

  /** A table whose copy failed is retried forever by PostgreSQL; better to stop and say so. */
  private static void failOnErrors(BlockingSql shadow, ShadowName name) {
    String errors =
        shadow.queryValue(
            "SELECT sync_error_count::text FROM pg_stat_subscription_stats WHERE subname = "
                + BlockingSql.literal(name.subscription()));
    if (errors != null && Long.parseLong(errors) > 0) {
      throw new ShadowException(
          "the initial copy of a table failed on the shadow ("
              + errors
              + " error(s) of the subscription "
              + name.subscription()
              + "); the shadow server's log says why",
          "fix the cause, then start the copy over with shadow reset, or remove everything with"
              + " shadow drop");
    }
  }
}
