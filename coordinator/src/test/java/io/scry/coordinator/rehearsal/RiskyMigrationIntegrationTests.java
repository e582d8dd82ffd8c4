package io.scry.coordinator.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.explain.BlockingSql;
import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.testsupport.PostgresExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each class of migration lock that hurts production, rehearsed under real concurrent traffic: the
 * analysis must name the relation, the mode, the blocked patterns and a blocked time of the size
 * the migration's own duration allows.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RiskyMigrationIntegrationTests {
  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  @RegisterExtension static final ClonedOrdersDatabase ORDERS = new ClonedOrdersDatabase(PG);

  /** A lock that kept the traffic out at least this long is what the gate must catch. */
  private static final long RISKY_MS = 300;

  /** Sampling and scheduling on a busy machine can stretch a measured time by this much. */
  private static final long SLACK_MS = 250;

  private static final String READ = Fingerprinter.fingerprint(TrafficLoad.READ).hexId();
  private static final String WRITE = Fingerprinter.fingerprint(TrafficLoad.WRITE).hexId();

  @Test
  void tableRewriteHoldsAccessExclusiveAndBlocksReadsAndWrites() throws Exception {
    TableSnapshot before = snapshot();
    Rehearsal.Outcome outcome =
        Rehearsal.run(PG, ORDERS.name(), "ALTER TABLE orders ALTER COLUMN customer TYPE bigint");
    LockAnalysis analysis = outcome.analysis();

    RelationLock orders = assertAccessExclusiveBlockedReads(outcome);
    assertTrue(orders.usedByTraffic());
    assertBlocked(analysis, WRITE, BlockKind.DIRECT, orders.accessExclusiveMs());

    List<Rewrite> rewrites = snapshot().rewritesSince(before);
    assertEquals(1, rewrites.size(), rewrites.toString());
    Rewrite rewrite = rewrites.get(0);
    assertEquals("orders", rewrite.relation());
    assertEquals(OrdersDatabase.ROWS, rewrite.rows(), OrdersDatabase.ROWS / 50.0);
    assertTrue(rewrite.sizeAfterBytes() > 8_000_000, rewrite.toString());
    // The new heap went through the WAL (the traffic's writes add a little).
    assertTrue(
        analysis.migration().walBytes() > rewrite.sizeAfterBytes() / 2,
        analysis.migration().toString());
  }

  @Test
  void validatedCheckConstraintScansUnderAccessExclusive() throws Exception {
    Rehearsal.Outcome outcome =
        Rehearsal.run(
            PG,
            ORDERS.name(),
            "ALTER TABLE orders ADD CONSTRAINT note_is_md5 CHECK ("
                + OrdersDatabase.COSTLY_CHECK
                + ")");

    RelationLock orders = assertAccessExclusiveBlockedReads(outcome);
    assertEquals(orders.accessExclusiveMs(), outcome.analysis().maxAccessExclusiveMs());
  }

  @Test
  void createIndexWithoutConcurrentlyBlocksWritesButNotReads() throws Exception {
    Rehearsal.Outcome outcome =
        Rehearsal.run(
            PG, ORDERS.name(), "CREATE INDEX orders_note_status ON orders (note, status)");
    LockAnalysis analysis = outcome.analysis();

    RelationLock orders = ordersLock(analysis);
    assertEquals(LockMode.SHARE, orders.strongestMode());
    assertEquals(LockMode.SHARE, orders.longestBlockingMode());
    assertEquals(0, orders.accessExclusiveMs());
    assertPlausible(
        orders.longestBlockingMs(), mostOf(outcome), outcome.migrationMillis() + SLACK_MS);
    assertBlocked(analysis, WRITE, BlockKind.DIRECT, orders.longestBlockingMs());
    assertNull(pattern(analysis, READ), "reads pass a SHARE lock: " + analysis.blockedPatterns());
  }

  @Test
  void backfillInsideTheDdlTransactionKeepsAccessExclusiveForTheWholeUpdate() throws Exception {
    Rehearsal.Outcome outcome =
        Rehearsal.run(
            PG,
            ORDERS.name(),
            "BEGIN",
            "ALTER TABLE orders ADD COLUMN region int",
            "UPDATE orders SET region = customer % 10 WHERE id <= 50000",
            "COMMIT");

    assertAccessExclusiveBlockedReads(outcome);
    assertTrue(
        outcome.analysis().timeline().stream()
            .anyMatch(
                bucket ->
                    bucket.migrationStatement() != null
                        && bucket.migrationStatement().startsWith("UPDATE orders SET region")
                        && bucket.blockedBackends().getOrDefault(READ, 0) > 0),
        "the chart shows the UPDATE with readers blocked behind it");
  }

  @Test
  void readersQueueBehindAnAlterThatWaitsForALongReader() throws Exception {
    AtomicReference<Exception> readerFailure = new AtomicReference<>();
    Thread[] reader = new Thread[1];
    Rehearsal.Outcome outcome;
    try (Connection longReader = TrafficLoad.connect(PG, ORDERS.name(), "long-reader")) {
      outcome =
          Rehearsal.run(
              PG,
              ORDERS.name(),
              () -> {
                reader[0] = holdAccessShare(longReader, readerFailure);
                Thread.sleep(100);
              },
              "ALTER TABLE orders ADD COLUMN flagged boolean");
      reader[0].join();
    }
    assertNull(readerFailure.get());
    LockAnalysis analysis = outcome.analysis();

    MigrationWait wait =
        analysis.migrationWaits().stream()
            .filter(w -> "orders".equals(w.relation()))
            .findFirst()
            .orElseThrow(() -> new AssertionError(analysis.migrationWaits().toString()));
    assertEquals(LockMode.ACCESS_EXCLUSIVE, wait.mode());
    assertTrue(wait.statement().startsWith("ALTER TABLE orders ADD COLUMN flagged"));
    assertPlausible(wait.waitedMs(), 700, 1200 + SLACK_MS);
    MigrationWait.Blocker blocker = wait.blockers().get(0);
    assertEquals("long-reader", blocker.applicationName());
    assertTrue(blocker.query().contains("pg_sleep"), blocker.toString());

    BlockedPattern reads = assertBlocked(analysis, READ, BlockKind.QUEUE, wait.waitedMs());
    assertEquals(0, reads.directStatements());
    assertEquals(BlockKind.QUEUE, pattern(analysis, WRITE).kind());
    // The ALTER itself held its lock for a moment only, if a sample saw it at all: the harm was
    // all in the queue.
    RelationLock orders = analysis.relationLock("orders");
    assertTrue(orders == null || orders.accessExclusiveMs() < RISKY_MS, String.valueOf(orders));
  }

  @Test
  void snapshotsTellAFullScanFromACatalogOnlyChange() throws Exception {
    TableSnapshot start = snapshot();
    migrateAndDisconnect("ALTER TABLE orders ADD COLUMN region int");
    TableSnapshot afterAddColumn = snapshot();
    migrateAndDisconnect("ALTER TABLE orders ADD CONSTRAINT note_is_md5 CHECK (length(note) = 32)");
    TableSnapshot afterCheck = snapshot();

    assertEquals(List.of(), afterAddColumn.rewritesSince(start));
    assertEquals(List.of(), afterAddColumn.scansSince(start));
    assertEquals(List.of(), afterCheck.rewritesSince(afterAddColumn));
    List<TableScan> scans = afterCheck.scansSince(afterAddColumn);
    assertEquals(1, scans.size(), scans.toString());
    assertEquals("orders", scans.get(0).relation());
    assertTrue(scans.get(0).coversTable(), scans.toString());
  }

  /**
   * Runs {@code sql} on a connection of its own and waits until its backend has exited: a backend
   * publishes its scan counters when it ends, before it leaves {@code pg_stat_activity}.
   */
  private void migrateAndDisconnect(String sql) throws Exception {
    int pid;
    try (Connection c = TrafficLoad.connect(PG, ORDERS.name(), Rehearsal.MIGRATION);
        Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("SELECT pg_backend_pid()");
      rs.next();
      pid = rs.getInt(1);
      s.execute(sql);
    }
    try (Connection c = PG.connect(ORDERS.name());
        Statement s = c.createStatement()) {
      for (int i = 0; i < 250; i++) {
        ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid);
        rs.next();
        if (rs.getInt(1) == 0) {
          return;
        }
        Thread.sleep(20);
      }
    }
    throw new AssertionError("the migration's backend did not exit");
  }

  /** Starts a transaction that reads orders and sleeps 1.2 s before committing. */
  private static Thread holdAccessShare(Connection connection, AtomicReference<Exception> failure) {
    Thread thread =
        new Thread(
            () -> {
              try (Statement s = connection.createStatement()) {
                s.execute("BEGIN");
                s.execute("SELECT pg_sleep(1.2), id FROM orders LIMIT 1");
                s.execute("COMMIT");
              } catch (Exception e) {
                failure.set(e);
              }
            },
            "long-reader");
    thread.start();
    return thread;
  }

  private TableSnapshot snapshot() {
    try (BlockingSql sql = BlockingSql.connect(DatabaseUrl.parse(PG.url(ORDERS.name())))) {
      return TableSnapshot.take(sql);
    }
  }

  private static RelationLock ordersLock(LockAnalysis analysis) {
    RelationLock orders = analysis.relationLock("orders");
    assertNotNull(orders, analysis.toString());
    return orders;
  }

  /**
   * The migration held ACCESS EXCLUSIVE on orders for most of its run and the reads were blocked
   * behind it; returns the lock on orders.
   */
  private static RelationLock assertAccessExclusiveBlockedReads(Rehearsal.Outcome outcome) {
    RelationLock orders = ordersLock(outcome.analysis());
    assertEquals(LockMode.ACCESS_EXCLUSIVE, orders.strongestMode());
    assertPlausible(
        orders.accessExclusiveMs(), mostOf(outcome), outcome.migrationMillis() + SLACK_MS);
    assertBlocked(outcome.analysis(), READ, BlockKind.DIRECT, orders.accessExclusiveMs());
    return orders;
  }

  /**
   * The pattern was blocked the way {@code kind} says, for at least half of {@code lockMs} (the
   * time it could have been blocked) and not much longer.
   */
  private static BlockedPattern assertBlocked(
      LockAnalysis analysis, String fingerprint, BlockKind kind, long lockMs) {
    BlockedPattern pattern = pattern(analysis, fingerprint);
    assertNotNull(pattern, fingerprint + " not blocked: " + analysis.blockedPatterns());
    assertEquals(kind, pattern.kind(), pattern.toString());
    assertTrue(pattern.statements() >= 1);
    assertPlausible(pattern.maxBlockedMs(), lockMs / 2, lockMs + SLACK_MS);
    assertTrue(pattern.totalBlockedMs() >= pattern.maxBlockedMs());
    return pattern;
  }

  private static BlockedPattern pattern(LockAnalysis analysis, String fingerprint) {
    return analysis.blockedPatterns().stream()
        .filter(p -> p.fingerprint().equals(fingerprint))
        .findFirst()
        .orElse(null);
  }

  /**
   * The lock was held for most of the migration: the operation holds it from start to end. Not an
   * absolute figure, which depends on how fast the machine builds an index or scans 200k rows (299
   * ms on a quiet one, over a second on a loaded one).
   */
  private static long mostOf(Rehearsal.Outcome outcome) {
    assertTrue(
        outcome.migrationMillis() >= 100,
        "the migration must last well beyond the sampling interval: "
            + outcome.migrationMillis()
            + " ms");
    return outcome.migrationMillis() * 6 / 10;
  }

  private static void assertPlausible(long ms, long atLeast, long atMost) {
    assertTrue(ms >= atLeast && ms <= atMost, ms + " ms, expected " + atLeast + ".." + atMost);
  }
}
