package io.scry.coordinator.report;

import io.scry.coordinator.compare.Comparison;
import io.scry.coordinator.explain.PlanChange;
import io.scry.protocol.gate.Verdict;
import java.time.Instant;
import java.util.Map;

/**
 * Everything a verdict report shows: the comparison, the plan changes of regressed patterns, how
 * the run was made, what the migration did and what its rehearsal under traffic measured. Every
 * renderer takes one of these.
 *
 * @param planChanges by pattern fingerprint; only regressed patterns are explained
 * @param migration null when the report comes from a job without a migration run
 * @param rehearsal null when there was no rehearsal (turned off, or a job without a migration)
 * @param adviceProof the suggested indexes built and replayed; null when none was suggested or the
 *     proof is turned off ({@code ci.prove_advice})
 */
public record VerdictReport(
    Instant generatedAt,
    RunInfo run,
    Comparison comparison,
    Map<Long, PlanChange> planChanges,
    MigrationSummary migration,
    RehearsalSummary rehearsal,
    AdviceProofSummary adviceProof) {

  /** A report without an advice proof. */
  public VerdictReport(
      Instant generatedAt,
      RunInfo run,
      Comparison comparison,
      Map<Long, PlanChange> planChanges,
      MigrationSummary migration,
      RehearsalSummary rehearsal) {
    this(generatedAt, run, comparison, planChanges, migration, rehearsal, null);
  }

  /** A report without a rehearsal. */
  public VerdictReport(
      Instant generatedAt,
      RunInfo run,
      Comparison comparison,
      Map<Long, PlanChange> planChanges,
      MigrationSummary migration) {
    this(generatedAt, run, comparison, planChanges, migration, null, null);
  }

  /**
   * The report's verdict, the one every format and the exit code tell: a regression when a pattern
   * regressed or when the rehearsal found a lock risk.
   */
  public Verdict verdict() {
    boolean lockRisk = rehearsal != null && rehearsal.lockRisk();
    return lockRisk ? Verdict.REGRESSION : comparison.verdict();
  }

  public PlanChange planChange(long fingerprint) {
    return planChanges.get(fingerprint);
  }
}
