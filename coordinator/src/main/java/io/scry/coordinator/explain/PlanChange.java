package io.scry.coordinator.explain;

/**
 * How a pattern's plan changed between baseline and candidate, told in one line, with the index
 * that would undo a lost index access.
 *
 * @param summary e.g. "Seq Scan on orders (Rows Removed by Filter: 20000) replaced Index Scan using
 *     idx_orders_region"
 * @param suggestion e.g. "CREATE INDEX CONCURRENTLY ON orders (region);", or empty
 * @param explainedSql the statement both sides explained, parameters rendered as literals
 */
public record PlanChange(
    String summary,
    String suggestion,
    ExplainedPlan baseline,
    ExplainedPlan candidate,
    String explainedSql) {

  /** Whether baseline and candidate planned the statement alike (or EXPLAIN failed). */
  public boolean noChangeFound() {
    return summary.startsWith(PlanDiff.SAME_PLAN) || !baseline.ok() || !candidate.ok();
  }

  /** This change, found with the prepared statement's generic plan, and saying so. */
  PlanChange asGenericPlan() {
    return new PlanChange(
        summary + " (generic plan of the prepared statement)",
        suggestion,
        baseline,
        candidate,
        explainedSql);
  }
}
