package io.scry.coordinator.migration;

import io.scry.coordinator.rehearsal.LockThresholds;
import io.scry.coordinator.report.RehearsalSummary;
import io.scry.coordinator.report.RewriteProofSummary;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Proves a rehearsal's advice: builds the {@link RewritePlan} of the migration that caused a LOCK
 * RISK and, when it is mechanical, rehearses the rewritten statements ({@link SqlMigration}, not
 * the user's migration command) on a fresh clone under the same traffic, at the same lead and
 * speed, with the same monitor and thresholds, so that the report can put the rewrite's blocked
 * time next to the original's. It costs one more rehearsal; it never changes the verdict.
 */
final class RewriteProof {
  private final RehearsalSettings settings;
  private final LockThresholds thresholds;
  private final Supplier<ReplayBackend> backend;
  private final PrintStream log;

  RewriteProof(
      RehearsalSettings settings,
      LockThresholds thresholds,
      Supplier<ReplayBackend> backend,
      PrintStream log) {
    this.settings = settings;
    this.thresholds = thresholds;
    this.backend = backend;
    this.log = log;
  }

  /**
   * Rehearses the rewrite of {@code original}'s migration on a clone of {@code source} named {@code
   * clone} (as {@link Rehearsal#run} does). A rewrite that fails on its clone is a {@link
   * RewriteProofSummary.Outcome#FAILED} proof, not a failed check: the migration as written passed.
   */
  RewriteProofSummary prove(
      RehearsalSummary original,
      DatabaseCloner cloner,
      String source,
      String clone,
      Set<String> created,
      boolean keep) {
    RewritePlan plan = RewritePlan.of(original);
    if (!plan.mechanical()) {
      log.println(
          "scry: rewrite proof: no mechanical rewrite: " + String.join("; ", plan.notMechanical()));
      return RewriteProofSummary.notMechanical(plan.changes(), plan.notMechanical());
    }
    log.printf(
        Locale.ROOT,
        "scry: rewrite proof: rehearsing the migration with %d statement(s) rewritten, under the"
            + " same traffic%n",
        plan.changes().size());
    try {
      RehearsalSummary rewritten =
          new Rehearsal(
                  "rewrite proof",
                  settings,
                  thresholds,
                  backend,
                  new SqlMigration("the rewritten migration", plan.statements()),
                  false,
                  log)
              .run(cloner, source, clone, created, keep);
      return RewriteProofSummary.proven(plan.changes(), plan.statements(), rewritten);
    } catch (MigrationCheckException e) {
      log.println("scry: rewrite proof: the rewrite failed: " + e.getMessage());
      return RewriteProofSummary.failed(plan.changes(), plan.statements(), e.getMessage());
    }
  }
}
