package io.scry.coordinator.explain;

import io.scry.protocol.v1.Parameter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Explains a captured statement on the baseline and the candidate and tells the plan change.
 *
 * <p>Safety: EXPLAIN ANALYZE executes the statement, so only read-only statements (plain queries
 * without data-modifying CTEs or row locks) are analyzed; everything else gets a plain EXPLAIN.
 * Either way it runs inside a transaction that is rolled back, with a statement timeout.
 *
 * <p>The statement is first planned for its captured values (a custom plan). When that shows no
 * change, a read-only statement with parameters is planned again as a prepared statement with
 * PostgreSQL's generic plan, the one a prepared statement runs with for any value after a few
 * executions: the replay (and an application with server-prepared statements) may have run that
 * plan, where the captured value alone, say one of the few large regions, plans differently.
 *
 * <pre>{@code
 * PlanChange change = new Explainer().explain(sql, parameters, baselineSql, candidateSql);
 * System.out.println(change.summary() + " " + change.suggestion());
 * }</pre>
 */
public final class Explainer {
  private static final String TIMEOUTS =
      "SET LOCAL statement_timeout = '60s'; SET LOCAL lock_timeout = '2s'";

  private static final String GENERIC_STATEMENT = "scry_generic_plan";
  private static final String PREPARE_QUOTE = "$scry_prepare$";

  /** The statements EXPLAIN takes; comments and opening parentheses before them are skipped. */
  private static final Pattern EXPLAINABLE =
      Pattern.compile(
          "^(?:\\s+|--[^\\n]*\\n?|/\\*.*?\\*/|\\()*(select|with|insert|update|delete|merge|values|table)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /**
   * Whether a statement has a plan to show: a query or data change. Transaction control ({@code
   * BEGIN}, {@code COMMIT}, {@code SAVEPOINT}, …), {@code SET} and DDL have none; a pattern of them
   * that regressed (waits on locks, usually) is reported without a plan rather than with the error
   * EXPLAIN gives.
   */
  public static boolean canExplain(String sql) {
    return sql != null && EXPLAINABLE.matcher(sql).find();
  }

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
    PlanChange custom =
        PlanDiff.diff(
            explainOn(baseline, "", "EXPLAIN (" + options(analyze) + ") " + rendered, analyze),
            explainOn(candidate, "", "EXPLAIN (" + options(analyze) + ") " + rendered, analyze),
            rendered);
    if (!custom.noChangeFound() || parameters.isEmpty() || !analyze) {
      return custom;
    }
    PlanChange generic = explainGeneric(sql, parameters, baseline, candidate, rendered);
    return generic.noChangeFound() ? custom : generic.asGenericPlan();
  }

  private static PlanChange explainGeneric(
      String sql,
      List<Parameter> parameters,
      BlockingSql baseline,
      BlockingSql candidate,
      String rendered) {
    String execute;
    try {
      execute =
          "EXPLAIN ("
              + options(true)
              + ") EXECUTE "
              + GENERIC_STATEMENT
              + "("
              + RenderedStatement.arguments(parameters, typeNames(candidate)::apply)
              + ")";
    } catch (IllegalArgumentException | BlockingSql.SqlException e) {
      ExplainedPlan none = ExplainedPlan.failed("cannot render the parameters: " + e.getMessage());
      return new PlanChange("no plan: " + none.error(), "", none, none, sql);
    }
    if (sql.contains(PREPARE_QUOTE)) {
      ExplainedPlan none = ExplainedPlan.failed("the statement cannot be prepared here");
      return new PlanChange("no plan: " + none.error(), "", none, none, sql);
    }
    // PREPARE from inside a DO block: the client library would take the statement's own $n for
    // parameters of the PREPARE it sends; inside a dollar-quoted body it leaves them alone.
    String prepare =
        "DO "
            + PREPARE_QUOTE
            + " BEGIN EXECUTE '"
            + ("PREPARE " + GENERIC_STATEMENT + " AS " + sql).replace("'", "''")
            + "'; END "
            + PREPARE_QUOTE;
    return PlanDiff.diff(
        explainOn(baseline, prepare, execute, true),
        explainOn(candidate, prepare, execute, true),
        rendered);
  }

  private static String options(boolean analyze) {
    return analyze ? "ANALYZE, BUFFERS, FORMAT JSON" : "FORMAT JSON";
  }

  /**
   * Runs {@code explain} in a transaction that is rolled back, after {@code prepare} when that is
   * not empty (a prepared statement outlives the transaction: it is deallocated explicitly).
   */
  private static ExplainedPlan explainOn(
      BlockingSql db, String prepare, String explain, boolean analyze) {
    try {
      db.execute("BEGIN");
      db.execute(TIMEOUTS);
      if (!prepare.isEmpty()) {
        db.execute("SET LOCAL plan_cache_mode = force_generic_plan");
        db.execute(prepare);
      }
      return ExplainedPlan.parse(db.queryValue(explain), analyze);
    } catch (BlockingSql.SqlException e) {
      return ExplainedPlan.failed(
          (e.sqlstate().isEmpty() ? "" : e.sqlstate() + ": ") + e.getMessage());
    } finally {
      try {
        db.execute("ROLLBACK");
      } catch (BlockingSql.SqlException e) {
        // No transaction was open (BEGIN itself failed): nothing to undo.
      }
      if (!prepare.isEmpty()) {
        try {
          db.execute("DEALLOCATE " + GENERIC_STATEMENT);
        } catch (BlockingSql.SqlException e) {
          // PREPARE failed: nothing to deallocate.
        }
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
