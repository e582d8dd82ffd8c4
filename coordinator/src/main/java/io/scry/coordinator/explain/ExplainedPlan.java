package io.scry.coordinator.explain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * One side's EXPLAIN: the plan, its execution time, the raw JSON, or why there is none.
 *
 * @param analyzed whether EXPLAIN ANALYZE ran (read-only statements only)
 * @param executionMs "Execution Time" of ANALYZE, NaN otherwise
 * @param error why EXPLAIN failed on this side (e.g. the column no longer exists), else empty
 */
public record ExplainedPlan(
    PlanNode root, boolean analyzed, double executionMs, String json, String error) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static ExplainedPlan parse(String json, boolean analyzed) {
    try {
      JsonNode top = JSON.readTree(json);
      JsonNode first = top.isArray() ? top.get(0) : top;
      double executionMs =
          first.has("Execution Time") ? first.get("Execution Time").asDouble() : Double.NaN;
      return new ExplainedPlan(PlanNode.parse(json), analyzed, executionMs, json, "");
    } catch (IOException e) {
      throw new IllegalArgumentException("EXPLAIN output is not JSON", e);
    }
  }

  static ExplainedPlan failed(String error) {
    return new ExplainedPlan(null, false, Double.NaN, "", error);
  }

  public boolean ok() {
    return root != null;
  }
}
