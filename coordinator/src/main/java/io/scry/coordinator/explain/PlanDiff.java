package io.scry.coordinator.explain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finds the plan change that matters between two EXPLAIN outputs of the same statement. */
final class PlanDiff {
  /** How a summary starts when neither side's plan differs from the other's. */
  static final String SAME_PLAN = "same plan";

  private PlanDiff() {}

  /** The one-line summary and the index suggestion, if any. */
  static PlanChange diff(ExplainedPlan baseline, ExplainedPlan candidate, String sql) {
    if (!candidate.ok() || !baseline.ok()) {
      String summary =
          !candidate.ok() && !baseline.ok()
              ? "EXPLAIN failed on both sides: " + candidate.error()
              : !candidate.ok()
                  ? "EXPLAIN fails on the candidate: " + candidate.error()
                  : "EXPLAIN fails on the baseline only: " + baseline.error();
      return new PlanChange(summary, "", baseline, candidate, sql);
    }
    Map<String, PlanNode> before = accessByRelation(baseline.root());
    Map<String, PlanNode> after = accessByRelation(candidate.root());

    // The classic: an index access became a sequential scan.
    for (Map.Entry<String, PlanNode> entry : after.entrySet()) {
      PlanNode now = entry.getValue();
      PlanNode was = before.get(entry.getKey());
      if (now.isSeqScan() && was != null && was.isIndexAccess()) {
        return new PlanChange(
            describeWithRemovals(now) + " replaced " + describeIndexAccess(was, baseline.root()),
            IndexAdvisor.suggest(now.relation(), now.filter()).orElse(""),
            baseline,
            candidate,
            sql);
      }
    }
    for (Map.Entry<String, PlanNode> entry : after.entrySet()) {
      PlanNode now = entry.getValue();
      PlanNode was = before.get(entry.getKey());
      if (was != null && !sameAccess(was, now)) {
        return new PlanChange(
            describeWithRemovals(now) + " replaced " + describeIndexAccess(was, baseline.root()),
            "",
            baseline,
            candidate,
            sql);
      }
    }
    Optional<String> newNode = firstNodeTypeOnlyIn(candidate.root(), baseline.root());
    if (newNode.isPresent()) {
      String replaced = firstNodeTypeOnlyIn(baseline.root(), candidate.root()).orElse("");
      return new PlanChange(
          newNode.get() + (replaced.isEmpty() ? " added to the plan" : " replaced " + replaced),
          "",
          baseline,
          candidate,
          sql);
    }
    return new PlanChange(
        SAME_PLAN + " (" + baseline.root().describe() + ")" + timing(baseline, candidate),
        "",
        baseline,
        candidate,
        sql);
  }

  private static Map<String, PlanNode> accessByRelation(PlanNode root) {
    Map<String, PlanNode> access = new LinkedHashMap<>();
    root.forEach(
        node -> {
          // Scans only: ModifyTable nodes (Update on orders) name the relation too.
          if (!node.relation().isEmpty() && node.nodeType().contains("Scan")) {
            access.putIfAbsent(node.relation(), node);
          }
        });
    return access;
  }

  private static boolean sameAccess(PlanNode a, PlanNode b) {
    return a.nodeType().equals(b.nodeType()) && a.indexName().equals(b.indexName());
  }

  private static String describeWithRemovals(PlanNode node) {
    String described = node.describe();
    return node.rowsRemovedByFilter() > 0
        ? described + " (Rows Removed by Filter: " + node.rowsRemovedByFilter() + ")"
        : described;
  }

  /** A bitmap heap scan names its index in its Bitmap Index Scan child. */
  private static String describeIndexAccess(PlanNode node, PlanNode root) {
    if (node.nodeType().equals("Bitmap Heap Scan")) {
      for (PlanNode child : node.nodes()) {
        if (child.nodeType().equals("Bitmap Index Scan")) {
          return "Bitmap Heap Scan using " + child.indexName();
        }
      }
    }
    if (!node.indexName().isEmpty()) {
      return node.nodeType() + " using " + node.indexName();
    }
    return node.describe();
  }

  private static Optional<String> firstNodeTypeOnlyIn(PlanNode in, PlanNode notIn) {
    List<String> others = notIn.nodes().stream().map(PlanNode::nodeType).toList();
    return in.nodes().stream().map(PlanNode::nodeType).filter(t -> !others.contains(t)).findFirst();
  }

  private static String timing(ExplainedPlan baseline, ExplainedPlan candidate) {
    if (Double.isNaN(baseline.executionMs()) || Double.isNaN(candidate.executionMs())) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "; execution %.2f ms -> %.2f ms",
        baseline.executionMs(),
        candidate.executionMs());
  }
}
