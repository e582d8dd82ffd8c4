package io.scry.coordinator.migration;

import io.scry.coordinator.report.MigrationSummary;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The migration's own statements, from what the capturing proxy recorded while it ran. */
public final class MigrationStatements {
  private MigrationStatements() {}

  /** Statements in execution order, with durations, failures and lock warnings. */
  public static List<MigrationSummary.Statement> from(List<CaptureEvent> events) {
    List<MigrationSummary.Statement> statements = new ArrayList<>();
    events.stream()
        .filter(CaptureEvent::hasStatement)
        .sorted(Comparator.comparingLong(CaptureEvent::getStartUnixNanos))
        .forEach(
            e -> {
              var s = e.getStatement();
              boolean failed = s.getOutcome() == Outcome.OUTCOME_ERROR;
              statements.add(
                  new MigrationSummary.Statement(
                      s.getSql(),
                      e.getDurationNanos() / 1e6,
                      s.getRows(),
                      failed ? s.getSqlstate() : "",
                      failed ? s.getErrorMessage() : "",
                      LockWarnings.of(s.getSql()),
                      e.getStartUnixNanos() / 1_000_000));
            });
    return List.copyOf(statements);
  }
}
