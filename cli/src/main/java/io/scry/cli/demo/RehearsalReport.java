package io.scry.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the gate's rehearsal under traffic found, from its JSON report ({@code rehearsal},
 * docs/REPORT-SCHEMA.md), for the demo's narration and checks.
 */
record RehearsalReport(JsonNode node) {

  boolean lockRisk() {
    return node.path("lock_risk").asBoolean();
  }

  /** One sentence per LOCK RISK: the relation, the lock, the statement, what it blocked. */
  List<String> risks() {
    List<String> risks = new ArrayList<>();
    node.path("risks").forEach(r -> risks.add(r.path("message").asText()));
    return risks;
  }

  /** The safe rewrites the gate advises for the statements that caused a risk, each once. */
  Set<String> advice() {
    Set<String> advice = new LinkedHashSet<>();
    node.path("statements").forEach(st -> st.path("advice").forEach(a -> advice.add(a.asText())));
    return advice;
  }

  /** "traffic blocked up to 1429 ms (limit 1000 ms), ACCESS EXCLUSIVE held up to ...". */
  String measurements() {
    JsonNode limits = node.path("thresholds");
    String text =
        String.format(
            Locale.ROOT,
            "traffic blocked up to %d ms (limit %d ms), ACCESS EXCLUSIVE on a table the traffic"
                + " uses held up to %d ms (limit %d ms)",
            node.path("max_blocked_ms").asLong(),
            limits.path("max_blocked_ms").asLong(),
            node.path("max_exclusive_ms").asLong(),
            limits.path("max_exclusive_ms").asLong());
    List<String> notes = new ArrayList<>();
    node.path("notes").forEach(n -> notes.add(n.asText()));
    return notes.isEmpty() ? text : text + "; note: " + String.join("; ", notes);
  }
}
