package io.scry.coordinator.report;

import io.scry.coordinator.compare.Comparison;
import io.scry.coordinator.explain.PlanChange;
import java.time.Instant;
import java.util.Map;

/**
 * Everything a verdict report shows: the comparison, the plan changes of regressed patterns, how
 * the run was made and what the migration did. Every renderer takes one of these.
 *
 * @param planChanges by pattern fingerprint; only regressed patterns are explained
 * @param migration null when the report comes from a job without a migration run
 */
public record VerdictReport(
    Instant generatedAt,
    RunInfo run,
    Comparison comparison,
    Map<Long, PlanChange> planChanges,
    MigrationSummary migration) {

  public PlanChange planChange(long fingerprint) {
    return planChanges.get(fingerprint);
  }
}
