package io.scry.coordinator.report;

import io.scry.coordinator.rehearsal.LockAnalysis;
import io.scry.coordinator.rehearsal.LockThresholds;
import java.util.List;

/**
 * What the rehearsal measured: the migration run on a clone while the capture replayed on it in
 * timed mode, with its locks read from PostgreSQL (docs/CI.md, "The rehearsal").
 *
 * @param speed the timed replay's speed
 * @param leadMs how long the traffic replayed before the migration started
 * @param phaseMs wall time of the phase from the clone to the analysis (the drop of the clone not
 *     included)
 * @param migration the migration's run under traffic (its statements with their start times)
 * @param analysis the lock analysis of the monitor's timeline
 * @param statements the migration's statements with the locks and waits matched to them by time
 * @param tables the tables the migration locked, rewrote or that were read in full, with their rows
 *     and sizes
 * @param risks the measurements above their limits; empty when the migration is safe to run under
 *     this traffic
 * @param notes what limits the measurement, one sentence each (e.g. the capture's traffic ended
 *     before the migration began)
 * @param rewriteProof the rehearsal of the migration's safe rewrite; null when none was tried (no
 *     lock risk, or {@code ci.rehearsal.prove_rewrites} off)
 * @param windowLatency per query pattern, the latency of the statements captured from the
 *     migration's start (the lead at the replay's speed) until the traffic was stopped, against the
 *     same window replayed afterwards on a clone without the migration; the patterns whose slowest
 *     statement slowed most first. Empty when not measured (a rewrite proof, or no traffic in the
 *     window)
 */
public record RehearsalSummary(
    double speed,
    long leadMs,
    long phaseMs,
    MigrationSummary migration,
    LockAnalysis analysis,
    LockThresholds thresholds,
    List<RehearsedStatement> statements,
    List<TableFinding> tables,
    List<LockRisk> risks,
    List<String> notes,
    RewriteProofSummary rewriteProof,
    List<WindowLatency> windowLatency) {

  public RehearsalSummary {
    statements = List.copyOf(statements);
    tables = List.copyOf(tables);
    risks = List.copyOf(risks);
    notes = List.copyOf(notes);
    windowLatency = List.copyOf(windowLatency);
  }

  public RehearsalSummary withRewriteProof(RewriteProofSummary proof) {
    return with(proof, windowLatency);
  }

  public RehearsalSummary withWindowLatency(List<WindowLatency> latency) {
    return with(rewriteProof, latency);
  }

  private RehearsalSummary with(RewriteProofSummary proof, List<WindowLatency> latency) {
    return new RehearsalSummary(
        speed,
        leadMs,
        phaseMs,
        migration,
        analysis,
        thresholds,
        statements,
        tables,
        risks,
        notes,
        proof,
        latency);
  }

  public boolean lockRisk() {
    return !risks.isEmpty();
  }
}
