package io.scry.coordinator.report;

import java.util.List;

/**
 * The proof of a rehearsal's advice: the migration's statements rewritten the safe way, where the
 * rewrite is mechanical, and rehearsed on a fresh clone under the same traffic (docs/CI.md,
 * "Advice"). It never changes the verdict: the migration as written is what ships.
 *
 * @param changes each statement the rewrite changes, with what it became and why
 * @param notMechanical the risky statements that have no mechanical rewrite, each with why; when
 *     there is one, nothing was rehearsed
 * @param statements the rewritten migration as run, one simple query each, transaction control
 *     included; empty unless it was rehearsed
 * @param rehearsal the rehearsal of the rewrite; null unless {@link Outcome#PROVEN}
 * @param failure why the rewrite's rehearsal failed; empty unless {@link Outcome#FAILED}
 */
public record RewriteProofSummary(
    Outcome outcome,
    List<Change> changes,
    List<String> notMechanical,
    List<String> statements,
    RehearsalSummary rehearsal,
    String failure) {

  public enum Outcome {
    /** The rewrite was rehearsed under the same traffic: its measurements are in the report. */
    PROVEN,
    /** A risky statement has no mechanical rewrite: the advice stays in words. */
    NOT_MECHANICAL,
    /** The rewritten migration failed on its clone (e.g. a concurrent index build failed). */
    FAILED
  }

  /**
   * One statement of the migration and what the rewrite runs instead.
   *
   * @param rewritten the statements it became, in order
   * @param reason why, in one sentence
   */
  public record Change(String original, List<String> rewritten, String reason) {
    public Change {
      rewritten = List.copyOf(rewritten);
    }
  }

  public RewriteProofSummary {
    changes = List.copyOf(changes);
    notMechanical = List.copyOf(notMechanical);
    statements = List.copyOf(statements);
  }

  public static RewriteProofSummary notMechanical(List<Change> changes, List<String> why) {
    return new RewriteProofSummary(Outcome.NOT_MECHANICAL, changes, why, List.of(), null, "");
  }

  public static RewriteProofSummary proven(
      List<Change> changes, List<String> statements, RehearsalSummary rehearsal) {
    return new RewriteProofSummary(Outcome.PROVEN, changes, List.of(), statements, rehearsal, "");
  }

  public static RewriteProofSummary failed(
      List<Change> changes, List<String> statements, String failure) {
    return new RewriteProofSummary(Outcome.FAILED, changes, List.of(), statements, null, failure);
  }
}
