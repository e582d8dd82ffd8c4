package io.scry.coordinator.explain;

import io.scry.protocol.v1.Parameter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Explains a captured statement on the baseline and the candidate and tells the plan change.
 *
 * <p>Safety: EXPLAIN ANALYZE executes the statement, so only read-only statements (plain queries
 * without data-modifying CTEs or row locks) are analyzed; everything else gets a plain EXPLAIN.
 * Either way it runs inside a transaction that is rolled back, with a statement timeout.
 *
 * <pre>{@code
 * PlanChange change = new Explainer().explain(sql, parameters, baselineSql, candidateSql);
 * System.out.println(change.summary() + " " + change.suggestion());
 * }</pre>
 */
public final class Explainer {
  private static final String TIMEOUTS =
      "SET LOCAL statement_timeout = '60s'; SET LOCAL lock_timeout = '2s'";

  public PlanChange explain(
      String sql, List<Parameter> parameters, BlockingSql baseline, BlockingSql candidate) {
    boolean analyze = RenderedStatement.isReadOnly(sql);
    String rendered;
    try {
      rendered = RenderedStatement.render(sql, parameters, typeNames(candidate)::apply);
    } catch (IllegalArgumentException | BlockingSql.SqlException e) {
      ExplainedPlan none = ExplainedPlan.failed("cannot render the statement: " + e.getMessage());
      return new PlanChange("no plan: " + none.error(), "", none, none, sql);
    }
    return PlanDiff.diff(
        explainOn(baseline, rendered, analyze), explainOn(candidate, rendered, analyze), rendered);
  }

  private static ExplainedPlan explainOn(BlockingSql db, String rendered, boolean analyze) {
    String options = analyze ? "ANALYZE, BUFFERS, FORMAT JSON" : "FORMAT JSON";
    try {
      db.execute("BEGIN");
      db.execute(TIMEOUTS);
      String json = db.queryValue("EXPLAIN (" + options + ") " + rendered);
      return ExplainedPlan.parse(json, analyze);
    } catch (BlockingSql.SqlException e) {
      return ExplainedPlan.failed(
          (e.sqlstate().isEmpty() ? "" : e.sqlstate() + ": ") + e.getMessage());
    } finally {
      try {
        db.execute("ROLLBACK");
      } catch (BlockingSql.SqlException e) {
        // No transaction was open (BEGIN itself failed): nothing to undo.
      }
    }
  }

  /** format_type of an OID, looked up once per OID. */
  private static java.util.function.LongFunction<String> typeNames(BlockingSql db) {
    Map<Long, String> cache = new HashMap<>();
    return oid ->
        cache.computeIfAbsent(oid, o -> db.queryValue("SELECT format_type(" + o + ", NULL)"));
  }
}
