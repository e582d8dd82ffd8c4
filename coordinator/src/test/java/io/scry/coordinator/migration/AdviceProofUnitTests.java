package io.scry.coordinator.migration;

import static io.scry.coordinator.compare.SyntheticPatterns.rounds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.compare.SyntheticPatterns.PatternSpec;
import io.scry.coordinator.compare.Thresholds;
import io.scry.coordinator.explain.PlanChange;
import io.scry.coordinator.report.AdviceFindings;
import io.scry.coordinator.report.AdviceProofSummary;
import io.scry.protocol.gate.Verdict;
import io.scry.protocol.v1.ReplayResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the index advice gains the reads it was suggested for and costs the writes. */
class AdviceProofUnitTests {
  private static final String BY_REGION = "SELECT * FROM orders WHERE region = $1";
  private static final String INSERT = "INSERT INTO orders (region, total) VALUES ($1, $2)";
  private static final String NOTES = "INSERT INTO order_notes (order_id, body) VALUES ($1, $2)";
  private static final String INDEX = "CREATE INDEX CONCURRENTLY ON orders (region);";

  @Test
  void writesAreMatchedToTheIndexedTableWhateverTheirQuotingOrSchema() {
    assertEquals(Optional.of("orders"), AdviceProof.writtenTable(INSERT));
    assertEquals(
        Optional.of("orders"), AdviceProof.writtenTable("update public.\"Orders\" set x=1"));
    assertEquals(Optional.of("orders"), AdviceProof.writtenTable("DELETE FROM ONLY orders WHERE"));
    assertEquals(Optional.empty(), AdviceProof.writtenTable(BY_REGION));
    assertEquals(Optional.of("orders"), AdviceProof.indexedTable(INDEX));
    assertEquals(
        Optional.of("orders"),
        AdviceProof.indexedTable(
            "CREATE INDEX CONCURRENTLY ON public.orders USING btree (region);"));
  }

  @Test
  void anIndexThatUndoesTheRegressionIsProvenWithItsGainAndItsCost() {
    AdviceProofSummary proof = prove(1.0);

    assertEquals(Verdict.SAFE, proof.verdict());
    assertEquals(List.of(), proof.stillRegressed());
    AdviceProofSummary.Effect read = proof.reads().get(0);
    assertEquals(BY_REGION, read.pattern());
    assertTrue(read.withoutP50Ms() / read.withP50Ms() > 10, read.toString());
    assertEquals(List.of(INSERT), proof.writes().stream().map(e -> e.pattern()).toList());
    List<String> lines = AdviceFindings.lines(proof);
    assertTrue(
        lines.get(0).startsWith("advice proof: with the suggested index the migration is SAFE"),
        lines.get(0));
    assertTrue(lines.get(1).matches("read  SELECT .*x faster\\), p95 .*"), lines.get(1));
    assertTrue(lines.get(2).startsWith("write INSERT INTO orders"), lines.get(2));
  }

  @Test
  void anIndexThatDoesNotHelpIsReportedAsNotEnough() {
    AdviceProofSummary proof = prove(20.0);

    assertEquals(Verdict.REGRESSION, proof.verdict());
    assertEquals(List.of(BY_REGION), proof.stillRegressed());
    assertTrue(
        AdviceFindings.lines(proof)
            .get(0)
            .startsWith("advice proof: with the suggested index 1" + " pattern still regress"),
        AdviceFindings.lines(proof).get(0));
  }

  /** The read 1 ms on the baseline, 20 ms on the candidate, {@code advisedMs} with the index. */
  private static AdviceProofSummary prove(double advisedMs) {
    List<ReplayResult> baseline = side("baseline", 1.0, 1);
    List<ReplayResult> candidate = side("candidate", 20.0, 2);
    List<ReplayResult> advised = side("advised", advisedMs, 3);
    return AdviceProof.summarize(
        List.of(INDEX),
        Thresholds.DEFAULTS,
        Map.of(1L, new PlanChange("Seq Scan on orders replaced Index Scan", INDEX, null, null, "")),
        baseline,
        candidate,
        List.of(),
        advised,
        1234);
  }

  private static List<ReplayResult> side(String target, double readMs, long seed) {
    return rounds(
        target,
        2,
        new PatternSpec(1, BY_REGION, readMs, 0.2, 300, seed),
        new PatternSpec(2, INSERT, 0.3, 0.2, 300, seed + 10),
        new PatternSpec(3, NOTES, 0.3, 0.2, 300, seed + 20));
  }
}
