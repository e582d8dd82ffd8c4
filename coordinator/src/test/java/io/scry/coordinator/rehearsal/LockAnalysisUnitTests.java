package io.scry.coordinator.rehearsal;

import static io.scry.coordinator.rehearsal.LockMode.ACCESS_EXCLUSIVE;
import static io.scry.coordinator.rehearsal.LockMode.ACCESS_SHARE;
import static io.scry.coordinator.rehearsal.LockMode.ROW_EXCLUSIVE;
import static io.scry.coordinator.rehearsal.LockMode.SHARE;
import static io.scry.coordinator.rehearsal.SyntheticTimeline.MIGRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.fingerprint.Fingerprinter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockAnalysisUnitTests {
  private static final String ALTER = "ALTER TABLE orders ALTER COLUMN customer TYPE bigint";
  private static final String READ = "SELECT note FROM orders WHERE id = $1";
  private static final String WRITE = "UPDATE orders SET amount = amount + 1 WHERE id = $1";
  private static final String SLEEP = "SELECT pg_sleep(5) FROM orders LIMIT 1";

  @Test
  void aReaderWaitingOnTheMigrationsHeldLockIsBlockedDirectly() {
    SyntheticTimeline t = new SyntheticTimeline();
    for (int i = 0; i < 10; i++) {
      t.holds(MIGRATION, "orders", ACCESS_EXCLUSIVE).active(MIGRATION, ALTER, 0);
      if (i == 0) {
        t.holds(1, "orders", ACCESS_SHARE).active(1, READ, 0);
      } else if (i >= 2) {
        t.waiting(1, READ, 15, "orders", ACCESS_SHARE, MIGRATION);
      } else {
        t.idle(1);
      }
      t.sample();
    }
    t.idle(MIGRATION).idle(1).sample();
    LockAnalysis analysis = t.analyze();

    RelationLock orders = analysis.relationLock("orders");
    assertEquals(ACCESS_EXCLUSIVE, orders.strongestMode());
    assertEquals(ACCESS_EXCLUSIVE, orders.longestBlockingMode());
    assertEquals(100, orders.accessExclusiveMs(), "10 samples of 10 ms");
    assertEquals(100, orders.longestBlockingMs());
    assertEquals(orders.grantedMillis() + 100, orders.releasedMillis());
    assertTrue(orders.usedByTraffic());
    BlockedPattern read = only(analysis.blockedPatterns());
    assertEquals(Fingerprinter.fingerprint(READ).hexId(), read.fingerprint());
    assertEquals(BlockKind.DIRECT, read.kind());
    assertEquals(1, read.statements());
    assertEquals(80, read.maxBlockedMs(), "samples 2 to 9");
    assertEquals(80, analysis.maxBlockedMs());
    assertEquals(100, analysis.maxAccessExclusiveMs());
    assertEquals(List.of(), analysis.migrationWaits());
  }

  @Test
  void readersBehindAMigrationThatWaitsAreBlockedInTheQueue() {
    SyntheticTimeline t = new SyntheticTimeline();
    t.holds(7, "orders", ACCESS_SHARE).active(7, SLEEP, 0).idle(MIGRATION).sample();
    for (int i = 1; i <= 8; i++) {
      t.holds(7, "orders", ACCESS_SHARE).active(7, SLEEP, 0);
      t.waiting(MIGRATION, "ALTER TABLE orders ADD COLUMN c int", 5, "orders", ACCESS_EXCLUSIVE, 7);
      if (i >= 2) {
        t.waiting(1, READ, 15, "orders", ACCESS_SHARE, MIGRATION);
        t.waiting(2, WRITE, 15, "orders", ROW_EXCLUSIVE, MIGRATION);
      }
      t.sample();
    }
    t.holds(MIGRATION, "orders", ACCESS_EXCLUSIVE).active(MIGRATION, "ALTER", 5).sample();
    LockAnalysis analysis = t.analyze();

    MigrationWait wait = only(analysis.migrationWaits());
    assertEquals(MIGRATION, wait.pid());
    assertEquals("orders", wait.relation());
    assertEquals(ACCESS_EXCLUSIVE, wait.mode());
    assertEquals(80, wait.waitedMs());
    MigrationWait.Blocker reader = only(wait.blockers());
    assertEquals(7, reader.pid());
    assertEquals(SLEEP, reader.query());
    assertEquals(false, reader.migration());
    assertEquals(2, analysis.blockedPatterns().size());
    for (BlockedPattern pattern : analysis.blockedPatterns()) {
      assertEquals(BlockKind.QUEUE, pattern.kind(), pattern.toString());
      assertEquals(0, pattern.directStatements());
      assertEquals(70, pattern.maxBlockedMs());
    }
  }

  @Test
  void aStatementBehindABlockedStatementIsInTheQueueAndTrafficBehindTrafficIsNotCounted() {
    SyntheticTimeline t = new SyntheticTimeline();
    for (int i = 0; i < 5; i++) {
      t.holds(MIGRATION, "orders", SHARE).active(MIGRATION, "CREATE INDEX ON orders (note)", 0);
      t.waiting(1, WRITE, 5, "orders", ROW_EXCLUSIVE, MIGRATION);
      t.waitingForRow(2, "SELECT * FROM orders WHERE id = 1 FOR UPDATE", 5, 1);
      t.active(3, "UPDATE accounts SET balance = 0", 0);
      t.waitingForRow(4, "UPDATE accounts SET balance = 1", 5, 3);
      t.sample();
    }
    LockAnalysis analysis = t.analyze();

    assertEquals(2, analysis.blockedPatterns().size(), analysis.blockedPatterns().toString());
    assertEquals(BlockKind.DIRECT, pattern(analysis, WRITE).kind());
    assertEquals(
        BlockKind.QUEUE, pattern(analysis, "SELECT * FROM orders WHERE id = 1 FOR UPDATE").kind());
    assertNull(pattern(analysis, "UPDATE accounts SET balance = 1"));
    RelationLock orders = analysis.relationLock("orders");
    assertEquals(SHARE, orders.longestBlockingMode());
    assertEquals(0, orders.accessExclusiveMs());
  }

  @Test
  void aWaitingMigrationStillBlocksDirectlyWithWhatItAlreadyHolds() {
    SyntheticTimeline t = new SyntheticTimeline();
    for (int i = 0; i < 3; i++) {
      t.holds(MIGRATION, "a", ACCESS_EXCLUSIVE).holds(MIGRATION, "c", ROW_EXCLUSIVE);
      t.waiting(MIGRATION, "ALTER TABLE b ADD COLUMN x int", 0, "b", ACCESS_EXCLUSIVE, 7);
      t.holds(7, "b", ACCESS_SHARE).active(7, SLEEP, 0);
      t.waiting(1, "SELECT * FROM a", 5, "a", ACCESS_SHARE, MIGRATION);
      t.waiting(2, "SELECT * FROM b", 5, "b", ACCESS_SHARE, MIGRATION);
      // ROW EXCLUSIVE held on c does not stop a reader: the reader waits behind the queued request.
      t.waiting(3, "SELECT * FROM c", 5, "c", ACCESS_SHARE, MIGRATION);
      t.sample();
    }
    LockAnalysis analysis = t.analyze();

    assertEquals(BlockKind.DIRECT, pattern(analysis, "SELECT * FROM a").kind());
    assertEquals(BlockKind.QUEUE, pattern(analysis, "SELECT * FROM b").kind());
    assertEquals(BlockKind.QUEUE, pattern(analysis, "SELECT * FROM c").kind());
  }

  @Test
  void aStatementIsOneBackendAndQueryStartAndItsBlockedRunsAddUp() {
    SyntheticTimeline t = new SyntheticTimeline();
    // Statement one: blocked in samples 0-1 and 3-4; statement two: blocked in 6-8.
    boolean[] blocked = {true, true, false, true, true, false, true, true, true};
    for (int i = 0; i < blocked.length; i++) {
      t.holds(MIGRATION, "orders", ACCESS_EXCLUSIVE).active(MIGRATION, ALTER, 0);
      long queryStart = i < 5 ? 1 : 55;
      if (blocked[i]) {
        t.waiting(1, READ, queryStart, "orders", ACCESS_SHARE, MIGRATION);
      } else {
        t.active(1, READ, queryStart);
      }
      t.sample();
    }
    BlockedPattern read = only(t.analyze().blockedPatterns());
    assertEquals(2, read.statements());
    assertEquals(2, read.directStatements());
    assertEquals(40 + 30, read.totalBlockedMs());
    assertEquals(40, read.maxBlockedMs());
  }

  @Test
  void theChartCountsBlockedBackendsPerPatternAndShowsTheMigrationStatement() {
    SyntheticTimeline t = new SyntheticTimeline();
    for (int i = 0; i < 25; i++) {
      if (i < 15) {
        t.holds(MIGRATION, "orders", ACCESS_EXCLUSIVE).active(MIGRATION, ALTER, 0);
        t.waiting(1, READ, 5, "orders", ACCESS_SHARE, MIGRATION);
        t.waiting(2, READ, 5, "orders", ACCESS_SHARE, MIGRATION);
      } else {
        t.idle(MIGRATION).active(1, READ, 155).active(2, READ, 155);
      }
      t.sample();
    }
    List<TimelineBucket> chart = t.analyze().timeline();

    assertEquals(3, chart.size(), "250 ms in 100 ms slots");
    String read = Fingerprinter.fingerprint(READ).hexId();
    assertEquals(2, chart.get(0).blockedBackends().get(read));
    assertEquals(ALTER, chart.get(0).migrationStatement());
    assertEquals(2, chart.get(1).blockedBackends().get(read));
    assertEquals(chart.get(0).startMillis() + 100, chart.get(1).startMillis());
    assertEquals(0, chart.get(2).blockedBackends().size());
    assertNull(chart.get(2).migrationStatement());
  }

  @Test
  void theMigrationWindowSpansItsBusySamplesWithTheWalWrittenMeanwhile() {
    SyntheticTimeline t = new SyntheticTimeline();
    t.idle(MIGRATION).wal(100).sample();
    t.idle(MIGRATION).wal(100).sample();
    for (int i = 0; i < 5; i++) {
      t.active(MIGRATION, "UPDATE orders SET c = 1", 15).wal(1000).sample();
    }
    t.idle(MIGRATION).wal(100).sample();
    t.idle(MIGRATION).wal(100).sample();
    MigrationWindow window = t.analyze().migration();

    assertEquals(50, window.endMillis() - window.startMillis());
    assertEquals(5 * 1000 + 100, window.walBytes(), "from the sample before to the one after");
    assertNull(new SyntheticTimeline().idle(MIGRATION).sample().analyze().migration());
  }

  private static BlockedPattern pattern(LockAnalysis analysis, String sql) {
    String id = Fingerprinter.fingerprint(sql).hexId();
    return analysis.blockedPatterns().stream()
        .filter(p -> p.fingerprint().equals(id))
        .findFirst()
        .orElse(null);
  }

  private static <T> T only(List<T> list) {
    assertEquals(1, list.size(), list.toString());
    return list.get(0);
  }
}
