package io.scry.coordinator.migration;

import io.scry.coordinator.rehearsal.LockAnalysis;
import io.scry.coordinator.rehearsal.LockThresholds;
import io.scry.coordinator.rehearsal.MigrationWait;
import io.scry.coordinator.rehearsal.RelationLock;
import io.scry.coordinator.rehearsal.Rewrite;
import io.scry.coordinator.rehearsal.TableScan;
import io.scry.coordinator.rehearsal.TableSize;
import io.scry.coordinator.rehearsal.TableSnapshot;
import io.scry.coordinator.report.Findings;
import io.scry.coordinator.report.LockFindings;
import io.scry.coordinator.report.LockRisk;
import io.scry.coordinator.report.MigrationSummary.Statement;
import io.scry.coordinator.report.RehearsedStatement;
import io.scry.coordinator.report.TableFinding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a rehearsal's lock analysis against the migration's statements: which statement took each
 * lock and waited for which (matched by time: the proxy and the monitor share this JVM's wall
 * clock), which measurements exceed the {@link LockThresholds}, and the advice for the statements
 * that caused them.
 */
final class RehearsalFindings {
  /** Statements that take no lock stronger than ROW EXCLUSIVE on a table (without FOR UPDATE). */
  private static final Pattern WEAK_LOCKS_ONLY =
      Pattern.compile(
          "^\\s*(begin|start|commit|end|rollback|abort|savepoint|release|set|reset|show|select|"
              + "with|values|table|insert|update|delete|merge|copy|prepare|execute|deallocate|"
              + "discard|listen|notify|analyze|vacuum(?!\\s+full)|explain)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Statements that do no work of their own: they never prolong a lock by running long. */
  private static final Pattern TRANSACTION_CONTROL =
      Pattern.compile(
          "^\\s*(begin|start|commit|end|rollback|abort|savepoint|release|set|reset|show)\\b",
          Pattern.CASE_INSENSITIVE);

  private final LockAnalysis analysis;
  private final LockThresholds thresholds;
  private final List<Statement> statements;
  private final long toleranceMs;

  /**
   * @param interval the monitor's sampling interval: a lock is first seen up to one interval after
   *     it was granted, and a statement's recorded start and end are exact, so matching allows two
   */
  RehearsalFindings(
      LockAnalysis analysis,
      LockThresholds thresholds,
      List<Statement> statements,
      Duration interval) {
    this.analysis = analysis;
    this.thresholds = thresholds;
    this.statements = statements;
    this.toleranceMs = 2 * interval.toMillis();
  }

  /** The measurements above their limits, the longest ACCESS EXCLUSIVE hold first. */
  List<LockRisk> risks() {
    List<LockRisk> risks = new ArrayList<>();
    for (RelationLock lock : analysis.relationLocks()) {
      if (lock.usedByTraffic() && lock.accessExclusiveMs() > thresholds.maxExclusiveMs()) {
        String taker = sqlOf(taker(lock));
        risks.add(
            new LockRisk(
                LockRisk.Kind.EXCLUSIVE,
                lock.accessExclusiveMs(),
                thresholds.maxExclusiveMs(),
                lock.relation(),
                taker,
                String.format(
                    Locale.ROOT,
                    "ACCESS EXCLUSIVE on %s held %d ms (limit %d ms), a table the traffic uses%s",
                    lock.relation(),
                    lock.accessExclusiveMs(),
                    thresholds.maxExclusiveMs(),
                    taker.isEmpty() ? "" : ", taken by " + Findings.oneLine(taker, 120))));
      }
    }
    if (thresholds.blockedTooLong(analysis)) {
      RelationLock lock = worstTrafficLock();
      String relation = lock == null ? "" : lock.relation();
      String taker = lock == null ? "" : sqlOf(taker(lock));
      risks.add(
          new LockRisk(
              LockRisk.Kind.BLOCKED,
              analysis.maxBlockedMs(),
              thresholds.maxBlockedMs(),
              relation,
              taker,
              String.format(
                  Locale.ROOT,
                  "replayed statements waited up to %d ms on the migration (limit %d ms)%s: %s",
                  analysis.maxBlockedMs(),
                  thresholds.maxBlockedMs(),
                  lock == null
                      ? ""
                      : ", behind "
                          + lock.longestBlockingMode().label()
                          + " on "
                          + relation
                          + " held "
                          + lock.longestBlockingMs()
                          + " ms",
                  analysis.blockedPatterns().stream()
                      .limit(3)
                      .map(LockFindings::blocked)
                      .collect(Collectors.joining("; ")))));
    }
    return risks;
  }

  /** Every migration statement with its locks, the holds it prolonged, its waits and advice. */
  List<RehearsedStatement> statements(List<LockRisk> risks) {
    List<RelationLock> risky =
        analysis.relationLocks().stream()
            .filter(l -> risks.stream().anyMatch(r -> r.relation().equals(l.relation())))
            .toList();
    boolean trafficQueued = risks.stream().anyMatch(r -> r.kind() == LockRisk.Kind.BLOCKED);
    List<RehearsedStatement> out = new ArrayList<>();
    for (Statement s : statements) {
      List<RelationLock> took =
          analysis.relationLocks().stream()
              .filter(l -> l.longestBlockingMode() != null && taker(l) == s)
              .toList();
      List<RelationLock> heldBy =
          analysis.relationLocks().stream()
              .filter(l -> l.longestBlockingMode() != null && taker(l) != s && inside(s, l))
              .filter(l -> !TRANSACTION_CONTROL.matcher(s.sql()).find())
              .toList();
      List<MigrationWait> waits =
          analysis.migrationWaits().stream().filter(w -> waiter(w) == s).toList();
      RelationLock tookRisky = took.stream().filter(risky::contains).findFirst().orElse(null);
      RelationLock heldRisky = heldBy.stream().filter(risky::contains).findFirst().orElse(null);
      boolean waited = trafficQueued && !waits.isEmpty();
      List<String> advice =
          tookRisky == null && heldRisky == null && !waited
              ? List.of()
              : MigrationAdvice.of(s.sql(), tookRisky, heldRisky, waited);
      out.add(new RehearsedStatement(s, took, heldBy, waits, advice));
    }
    return out;
  }

  /**
   * The tables the migration locked, rewrote or that were read in full, in that order, with their
   * rows and sizes from the snapshots taken before and after.
   */
  static List<TableFinding> tables(
      LockAnalysis analysis, TableSnapshot before, TableSnapshot after) {
    List<Rewrite> rewrites = after.rewritesSince(before);
    List<TableScan> fullScans =
        after.scansSince(before).stream().filter(TableScan::coversTable).toList();
    Set<String> names = new LinkedHashSet<>();
    analysis.relationLocks().forEach(l -> names.add(l.relation()));
    rewrites.forEach(w -> names.add(w.relation()));
    fullScans.forEach(s -> names.add(s.relation()));
    List<TableFinding> tables = new ArrayList<>();
    for (String name : names) {
      TableSize then = before.table(name);
      if (then == null) {
        continue; // an index, or a table the migration created
      }
      TableSize now = after.table(name);
      tables.add(
          new TableFinding(
              name,
              then.rows(),
              then.sizeBytes(),
              now == null ? -1 : now.sizeBytes(),
              rewrites.stream().anyMatch(w -> w.relation().equals(name)),
              fullScans.stream().anyMatch(s -> s.relation().equals(name))));
    }
    return tables;
  }

  /** The blocking lock on a relation the traffic uses that was held longest, or null. */
  private RelationLock worstTrafficLock() {
    return analysis.relationLocks().stream()
        .filter(l -> l.usedByTraffic() && l.longestBlockingMode() != null)
        .max(Comparator.comparingLong(RelationLock::longestBlockingMs))
        .orElse(null);
  }

  /**
   * The statement that took the lock: the latest to start before the hold was first seen among
   * those that can take a lock this strong (DDL, LOCK, VACUUM FULL, ...: not a query, a data change
   * or transaction control, which take weak locks only); null when none did. The hold is first seen
   * at the next sample, which a busy machine can delay well past a short DDL's end, so the taker
   * need not be running then.
   */
  private Statement taker(RelationLock lock) {
    Statement taker = null;
    for (Statement s : statements) {
      if (s.startMillis() <= lock.grantedMillis() + toleranceMs
          && !WEAK_LOCKS_ONLY.matcher(s.sql()).find()) {
        taker = s;
      }
    }
    return taker;
  }

  /** The statement running when the wait was first seen (the latest to start), or null. */
  private Statement waiter(MigrationWait wait) {
    Statement waiter = null;
    for (Statement s : statements) {
      if (s.startMillis() <= wait.startMillis() + toleranceMs
          && s.endMillis() >= wait.startMillis()) {
        waiter = s;
      }
    }
    return waiter;
  }

  /**
   * Whether {@code s} came after the lock's taker and started before the hold was last seen: in the
   * taker's transaction, it prolonged the hold. (The hold is first seen at the next sample, often
   * after the next statement began; and a statement's end includes its answer's way back to the
   * client, so neither is a test. "After" is the order of execution: statements sent back to back
   * start within the same millisecond.)
   */
  private boolean inside(Statement s, RelationLock lock) {
    Statement taker = taker(lock);
    return taker != null
        && statements.indexOf(taker) < statements.indexOf(s)
        && s.startMillis() < lock.releasedMillis();
  }

  private static String sqlOf(Statement s) {
    return s == null ? "" : s.sql();
  }
}
