package io.scry.coordinator.explain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One node of a plan from {@code EXPLAIN (FORMAT JSON)}, with the fields a plan change is told in.
 *
 * @param rowsRemovedByFilter total over all loops; 0 without ANALYZE
 * @param actualTotalMs time of the node's last loop; NaN without ANALYZE
 */
public record PlanNode(
    String nodeType,
    String relation,
    String indexName,
    String filter,
    String indexCondition,
    long rowsRemovedByFilter,
    double actualTotalMs,
    double planRows,
    List<PlanNode> children) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parses the single-row output of EXPLAIN (FORMAT JSON) and returns the root plan node. */
  public static PlanNode parse(String explainJson) {
    try {
      JsonNode root = JSON.readTree(explainJson);
      JsonNode plan = (root.isArray() ? root.get(0) : root).get("Plan");
      if (plan == null) {
        throw new IllegalArgumentException("EXPLAIN output has no Plan");
      }
      return of(plan);
    } catch (IOException e) {
      throw new IllegalArgumentException("EXPLAIN output is not JSON: " + e.getMessage(), e);
    }
  }

  private static PlanNode of(JsonNode n) {
    List<PlanNode> children = new ArrayList<>();
    n.path("Plans").forEach(child -> children.add(of(child)));
    long loops = Math.max(1, n.path("Actual Loops").asLong(1));
    return new PlanNode(
        n.path("Node Type").asText(),
        n.path("Relation Name").asText(""),
        n.path("Index Name").asText(""),
        n.path("Filter").asText(""),
        n.path("Index Cond").asText(n.path("Recheck Cond").asText("")),
        n.path("Rows Removed by Filter").asLong(0) * loops,
        n.has("Actual Total Time") ? n.get("Actual Total Time").asDouble() : Double.NaN,
        n.path("Plan Rows").asDouble(),
        List.copyOf(children));
  }

  /** This node and all below it, depth first. */
  public void forEach(Consumer<PlanNode> visitor) {
    visitor.accept(this);
    children.forEach(child -> child.forEach(visitor));
  }

  public List<PlanNode> nodes() {
    List<PlanNode> all = new ArrayList<>();
    forEach(all::add);
    return all;
  }

  public boolean isSeqScan() {
    return nodeType.endsWith("Seq Scan");
  }

  public boolean isIndexAccess() {
    return nodeType.contains("Index") || nodeType.equals("Bitmap Heap Scan");
  }

  /** "Seq Scan on orders", "Index Scan using idx_orders_status on orders". */
  public String describe() {
    StringBuilder s = new StringBuilder(nodeType);
    if (!indexName.isEmpty()) {
      s.append(" using ").append(indexName);
    }
    if (!relation.isEmpty()) {
      s.append(" on ").append(relation);
    }
    return s.toString();
  }
}
