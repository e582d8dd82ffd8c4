package io.scry.coordinator.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.rehearsal.BlockedPattern;
import io.scry.coordinator.rehearsal.LockAnalysis;
import io.scry.coordinator.rehearsal.LockMode;
import io.scry.coordinator.rehearsal.LockThresholds;
import io.scry.coordinator.rehearsal.MigrationWindow;
import io.scry.coordinator.rehearsal.RelationLock;
import io.scry.coordinator.report.LockRisk;
import io.scry.coordinator.report.MigrationSummary.Statement;
import io.scry.coordinator.report.RehearsedStatement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Matching a rehearsal's locks to the migration's statements by time, the thresholds, and the
 * advice, on the measurements a real rehearsal of {@code BEGIN; ALTER …; UPDATE …; COMMIT} gives:
 * the monitor first sees the ALTER's lock after the UPDATE has begun.
 */
class RehearsalFindingsUnitTests {
  private static final long T = 1_765_000_000_000L;
  private static final Duration INTERVAL = Duration.ofMillis(10);

  private static final Statement BEGIN = statement("BEGIN", 0, 0.2);
  private static final Statement ALTER = statement("ALTER TABLE orders ADD COLUMN note text", 1, 1);
  private static final Statement UPDATE =
      statement("UPDATE orders SET note = status FROM (SELECT pg_sleep(2)) AS slow", 3, 2300);
  private static final Statement COMMIT = statement("COMMIT", 2304, 1);
  private static final List<Statement> IN_ONE_TRANSACTION = List.of(BEGIN, ALTER, UPDATE, COMMIT);

  @Test
  void backfillInTheDdlTransactionIsBothRisksWithTheTakerAndTheBackfillAdvised() {
    RelationLock orders = exclusive("orders", 15, 2310);
    RehearsalFindings findings = findings(orders, 2290, IN_ONE_TRANSACTION);

    List<LockRisk> risks = findings.risks();
    assertEquals(2, risks.size(), risks.toString());
    LockRisk exclusive = risks.get(0);
    assertEquals(LockRisk.Kind.EXCLUSIVE, exclusive.kind());
    assertEquals("orders", exclusive.relation());
    assertEquals(ALTER.sql(), exclusive.statement(), "the taker, not the UPDATE running when seen");
    assertEquals(2310, exclusive.measuredMs());
    LockRisk blocked = risks.get(1);
    assertEquals(LockRisk.Kind.BLOCKED, blocked.kind());
    assertEquals(2290, blocked.measuredMs());
    assertTrue(blocked.message().contains("behind ACCESS EXCLUSIVE on orders"), blocked.message());

    List<RehearsedStatement> statements = findings.statements(risks);
    RehearsedStatement alter = statements.get(1);
    assertEquals(List.of(orders), alter.locks());
    assertTrue(
        alter.advice().get(0).startsWith("commit right after it"), alter.advice().toString());
    assertEquals(MigrationAdvice.LOCK_TIMEOUT, alter.advice().get(1));
    RehearsedStatement update = statements.get(2);
    assertEquals(List.of(orders), update.heldBy());
    assertTrue(
        update.advice().get(0).startsWith("backfill outside the DDL's transaction"),
        update.advice().toString());
    for (RehearsedStatement control : List.of(statements.get(0), statements.get(3))) {
      assertEquals(List.of(), control.advice(), control.statement().sql());
      assertEquals(List.of(), control.heldBy(), control.statement().sql());
    }
  }

  @Test
  void backfillSentInTheSameMillisecondAsTheDdlIsStillInsideItsTransaction() {
    // A migration run directly over one connection sends its statements back to back.
    Statement alter = statement("ALTER TABLE orders ADD COLUMN region int", 1, 0.5);
    Statement update = statement("UPDATE orders SET region = 1", 1, 2300);
    RehearsalFindings findings =
        findings(
            exclusive("orders", 0, 2310),
            2290,
            List.of(statement("BEGIN", 0, 0.2), alter, update, statement("COMMIT", 2302, 1)));

    RehearsedStatement backfill = findings.statements(findings.risks()).get(2);
    assertEquals(update, backfill.statement());
    assertEquals("orders", backfill.heldBy().get(0).relation());
    assertTrue(
        backfill.advice().get(0).startsWith("backfill outside the DDL's transaction"),
        backfill.advice().toString());
  }

  @Test
  void measurementsAtTheirLimitsAreNoRiskAndGetNoAdvice() {
    RehearsalFindings findings = findings(exclusive("orders", 15, 1000), 1000, IN_ONE_TRANSACTION);

    List<LockRisk> risks = findings.risks();
    assertEquals(List.of(), risks);
    findings
        .statements(risks)
        .forEach(s -> assertEquals(List.of(), s.advice(), s.statement().sql()));
  }

  @Test
  void indexBuildBlockingWritesIsABlockedRiskWithTheConcurrentBuildAdvised() {
    Statement build = statement("CREATE INDEX idx_orders_status ON orders (status)", 0, 3000);
    RelationLock share =
        new RelationLock("orders", LockMode.SHARE, LockMode.SHARE, 2990, T + 8, T + 2998, 0, true);
    RehearsalFindings findings = findings(share, 2950, List.of(build));

    List<LockRisk> risks = findings.risks();
    assertEquals(1, risks.size(), "SHARE lets reads go on: no ACCESS EXCLUSIVE risk");
    assertEquals(LockRisk.Kind.BLOCKED, risks.get(0).kind());
    assertEquals(build.sql(), risks.get(0).statement());
    assertTrue(
        findings.statements(risks).get(0).advice().get(0).startsWith("CREATE INDEX CONCURRENTLY"));
  }

  /**
   * The findings, at the default thresholds, of a rehearsal that saw {@code lock} and one pattern
   * blocked up to {@code blockedMs} while {@code statements} ran.
   */
  private static RehearsalFindings findings(
      RelationLock lock, long blockedMs, List<Statement> statements) {
    LockAnalysis analysis =
        new LockAnalysis(
            new MigrationWindow(T, T + 2306, 4096),
            List.of(lock),
            List.of(),
            List.of(blocked(blockedMs)),
            List.of());
    return new RehearsalFindings(analysis, LockThresholds.DEFAULTS, statements, INTERVAL);
  }

  private static RelationLock exclusive(String relation, long seenAfter, long heldMs) {
    return new RelationLock(
        relation,
        LockMode.ACCESS_EXCLUSIVE,
        LockMode.ACCESS_EXCLUSIVE,
        heldMs,
        T + seenAfter,
        T + seenAfter + heldMs,
        heldMs,
        true);
  }

  private static BlockedPattern blocked(long maxMs) {
    return new BlockedPattern(
        "5e1f0c8a9b2d4e61",
        "select id, status, total from orders where id = $?",
        "SELECT id, status, total FROM orders WHERE id = $1",
        40,
        40,
        0,
        40 * maxMs / 2,
        maxMs);
  }

  private static Statement statement(String sql, long startOffset, double durationMs) {
    return new Statement(sql, durationMs, 0, "", "", "", T + startOffset);
  }
}
