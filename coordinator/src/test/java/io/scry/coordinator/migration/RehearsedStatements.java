package io.scry.coordinator.migration;

import io.scry.coordinator.rehearsal.LockMode;
import io.scry.coordinator.rehearsal.RelationLock;
import io.scry.coordinator.report.MigrationSummary.Statement;
import io.scry.coordinator.report.RehearsedStatement;
import java.util.List;

/**
 * Migration statements as a rehearsal with a lock risk on {@value #RISKY} reports them, for the
 * tests of {@link RewritePlan}.
 */
final class RehearsedStatements {
  static final String RISKY = "orders";

  private static final RelationLock HOLD =
      new RelationLock(
          RISKY, LockMode.ACCESS_EXCLUSIVE, LockMode.ACCESS_EXCLUSIVE, 5000, 1, 5001, 5000, true);

  private RehearsedStatements() {}

  /** A statement that took part in no risk. */
  static RehearsedStatement plain(String sql) {
    return new RehearsedStatement(statement(sql), List.of(), List.of(), List.of(), List.of());
  }

  /** A statement that took the risky lock. */
  static RehearsedStatement took(String sql) {
    return new RehearsedStatement(
        statement(sql), List.of(HOLD), List.of(), List.of(), List.of("advice"));
  }

  /** A statement that ran in the transaction holding the risky lock. */
  static RehearsedStatement held(String sql) {
    return new RehearsedStatement(
        statement(sql), List.of(), List.of(HOLD), List.of(), List.of("advice"));
  }

  /** A statement that only waited for its lock while the traffic queued. */
  static RehearsedStatement waited(String sql) {
    return new RehearsedStatement(
        statement(sql), List.of(), List.of(), List.of(), List.of("advice"));
  }

  private static Statement statement(String sql) {
    return new Statement(sql, 1, 0, "", "", LockWarnings.of(sql), 0);
  }
}
