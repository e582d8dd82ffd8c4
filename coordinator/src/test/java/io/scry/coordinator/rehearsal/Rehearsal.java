package io.scry.coordinator.rehearsal;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.testsupport.PostgresExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Runs a migration on a database while {@link TrafficLoad} runs on it and a {@link LockMonitor}
 * watches: traffic first, a lead time, the migration on its own connection (application name
 * {@value #MIGRATION}), a trailing time. With {@code -Dscry.test.rehearsal.trace=true} each
 * rehearsal prints its measurements (durations, sample cost, findings).
 */
final class Rehearsal {
  static final String MIGRATION = "migration";
  static final MigrationBackends MIGRATION_BACKENDS =
      MigrationBackends.byApplicationName(MIGRATION);
  private static final Duration LEAD = Duration.ofMillis(200);
  private static final Duration TRAIL = Duration.ofMillis(150);

  /**
   * What one rehearsal produced.
   *
   * @param migrationMillis how long the migration's statements took, as its client saw it
   */
  record Outcome(
      LockTimeline timeline, LockAnalysis analysis, long migrationMillis, long traffic) {}

  private Rehearsal() {}

  /** Runs {@code statements} in order, each on its own, on one migration connection. */
  static Outcome run(PostgresExtension pg, String database, String... statements) throws Exception {
    return run(pg, database, () -> {}, statements);
  }

  /**
   * As {@link #run(PostgresExtension, String, String...)}, with {@code beforeMigration} after the
   * lead.
   */
  static Outcome run(
      PostgresExtension pg, String database, SqlAction beforeMigration, String... statements)
      throws Exception {
    LockTimeline timeline;
    long migrationMillis;
    long traffic;
    try (TrafficLoad load = TrafficLoad.start(pg, database, 3, 2);
        Connection migration = TrafficLoad.connect(pg, database, MIGRATION);
        LockMonitor monitor = LockMonitor.start(DatabaseUrl.parse(pg.url(database)))) {
      Thread.sleep(LEAD.toMillis());
      beforeMigration.run();
      long start = System.nanoTime();
      try (Statement s = migration.createStatement()) {
        for (String sql : statements) {
          s.execute(sql);
        }
      }
      migrationMillis = (System.nanoTime() - start) / 1_000_000;
      Thread.sleep(TRAIL.toMillis());
      timeline = monitor.stop();
      traffic = load.statements();
    }
    Outcome outcome =
        new Outcome(
            timeline, LockAnalysis.of(timeline, MIGRATION_BACKENDS), migrationMillis, traffic);
    if (Boolean.getBoolean("scry.test.rehearsal.trace")) {
      System.out.println(
          "REHEARSAL "
              + String.join("; ", statements)
              + " -> migration "
              + migrationMillis
              + " ms, samples "
              + timeline.samples()
              + ", "
              + timeline.sampleCost()
              + ", overruns "
              + timeline.overruns()
              + ", spans "
              + timeline.spans().size()
              + ", holds "
              + timeline.holds().size()
              + ", traffic "
              + traffic
              + "\n  window "
              + outcome.analysis().migration()
              + "\n  locks "
              + outcome.analysis().relationLocks()
              + "\n  waits "
              + outcome.analysis().migrationWaits()
              + "\n  blocked "
              + outcome.analysis().blockedPatterns());
    }
    return outcome;
  }

  @FunctionalInterface
  interface SqlAction {
    void run() throws SQLException, InterruptedException;
  }
}
