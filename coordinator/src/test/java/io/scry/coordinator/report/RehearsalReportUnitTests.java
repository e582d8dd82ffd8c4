package io.scry.coordinator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scry.coordinator.compare.Comparer;
import io.scry.coordinator.compare.Comparison;
import io.scry.coordinator.compare.SyntheticPatterns;
import io.scry.coordinator.compare.SyntheticPatterns.PatternSpec;
import io.scry.coordinator.compare.Thresholds;
import io.scry.coordinator.rehearsal.BlockedPattern;
import io.scry.coordinator.rehearsal.LockAnalysis;
import io.scry.coordinator.rehearsal.LockMode;
import io.scry.coordinator.rehearsal.LockThresholds;
import io.scry.coordinator.rehearsal.MigrationWindow;
import io.scry.coordinator.rehearsal.RelationLock;
import io.scry.coordinator.rehearsal.TimelineBucket;
import io.scry.protocol.gate.Verdict;
import io.scry.protocol.replay.ReplayMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lock risk found by the rehearsal makes the report a regression, in every format alike. */
class RehearsalReportUnitTests {
  private static final long T = 1_765_000_000_000L;
  private static final PatternSpec BY_ID =
      new PatternSpec(7, "SELECT id FROM orders WHERE id = $1", 1, 0.1, 40, 3);

  @Test
  void aLockRiskTurnsASafeComparisonIntoARegressionInEveryFormat() throws Exception {
    VerdictReport report = report(true);
    assertEquals(Verdict.SAFE, report.comparison().verdict(), "the patterns alone pass");
    assertEquals(Verdict.REGRESSION, report.verdict());

    JsonNode json = new ObjectMapper().readTree(new JsonReport().render(report));
    assertEquals("REGRESSION", json.get("verdict").asText());
    assertEquals(5, json.get("exit_code").asInt());
    assertEquals("EXCLUSIVE", json.at("/rehearsal/risks/0/kind").asText());
    assertEquals(2310, json.at("/rehearsal/max_exclusive_ms").asLong());
    assertEquals(3, json.at("/rehearsal/timeline/buckets/1/blocked/5e1f0c8a9b2d4e61").asInt());
    assertEquals(100, json.at("/rehearsal/timeline/bucket_ms").asLong());

    String terminal = new TerminalReport(false).render(report);
    assertTrue(terminal.startsWith("Scry verdict: REGRESSION (exit 5)"), terminal);
    assertTrue(terminal.contains("LOCK RISK ACCESS EXCLUSIVE on orders held 2310 ms"), terminal);
    assertTrue(new MarkdownReport().render(report).startsWith("## Scry migration check: ❌"));
    String junit = new JunitReport().render(report);
    assertTrue(junit.contains("failures=\"1\""), junit);
    assertTrue(junit.contains("type=\"LOCK_RISK\""), junit);
    String html = new HtmlReport().render(report);
    assertTrue(html.contains("<h2 class=\"regressed\">LOCK RISK: rehearsal under traffic</h2>"));
    JsonNode timeline = HtmlChartsData.of(html).get(0);
    assertEquals("[0,3]", timeline.at("/option/series/0/data").toString(), "blocked per slot");
    assertEquals(
        "ALTER TABLE orders ADD COLUMN note text",
        timeline.at("/notes/1").asText(),
        "the slot's bar names the migration statement active then");
    assertEquals(
        "[{\"name\":\"migration\",\"xAxis\":0},{\"xAxis\":1}]",
        timeline.at("/option/series/0/markArea/data/0").toString(),
        "the shaded window spans the slots the migration ran in");
  }

  @Test
  void aRehearsalWithoutRiskLeavesTheVerdictToThePatterns() throws Exception {
    VerdictReport report = report(false);

    assertEquals(Verdict.SAFE, report.verdict());
    assertTrue(new TerminalReport(false).render(report).contains("no lock risk: rehearsal"));
    assertTrue(new JunitReport().render(report).contains("failures=\"0\""));
    JsonNode json = new ObjectMapper().readTree(new JsonReport().render(report));
    assertFalse(json.at("/rehearsal/lock_risk").asBoolean());
  }

  @Test
  void theRewriteProofStandsNextToTheOriginalsMeasurementsInEveryFormatAndKeepsTheVerdict()
      throws Exception {
    RehearsalSummary original = rehearsal(2310);
    RewriteProofSummary proof =
        RewriteProofSummary.proven(
            List.of(
                new RewriteProofSummary.Change(
                    "ALTER TABLE orders ADD COLUMN note text",
                    List.of("ALTER TABLE orders ADD COLUMN note text"),
                    "runs in a transaction of its own")),
            List.of("ALTER TABLE orders ADD COLUMN note text"),
            rehearsal(23));
    VerdictReport report = withRehearsal(report(true), original.withRewriteProof(proof));
    String headline =
        "rewrite: 3 ms blocked instead of 2.3 s, ACCESS EXCLUSIVE held 23 ms instead of 2.3 s,"
            + " rehearsed under the same traffic: within the lock limits";

    assertEquals(Verdict.REGRESSION, report.verdict(), "the migration as written ships");
    JsonNode json = new ObjectMapper().readTree(new JsonReport().render(report));
    JsonNode p = json.at("/rehearsal/rewrite_proof");
    assertEquals("PROVEN", p.get("outcome").asText());
    assertEquals(headline, p.get("summary").asText());
    assertEquals(2290, p.get("original_max_blocked_ms").asLong());
    assertEquals(3, p.get("max_blocked_ms").asLong());
    assertEquals(23, p.get("max_exclusive_ms").asLong());
    assertFalse(p.get("lock_risk").asBoolean());
    assertEquals("runs in a transaction of its own", p.at("/changes/0/reason").asText());
    assertFalse(p.at("/rehearsal/lock_risk").asBoolean());
    assertTrue(new TerminalReport(false).render(report).contains("  " + headline + "\n"));
    assertTrue(new MarkdownReport().render(report).contains("- **" + headline + "**"));
    assertTrue(new HtmlReport().render(report).contains("<strong>" + headline + "</strong>"));
    assertTrue(new JunitReport().render(report).contains(headline));

    JsonNode none = new ObjectMapper().readTree(new JsonReport().render(report(true)));
    assertTrue(none.at("/rehearsal/rewrite_proof").isNull(), "null when not tried");
  }

  @Test
  void noMechanicalRewriteSaysWhy() {
    RewriteProofSummary proof =
        RewriteProofSummary.notMechanical(
            List.of(),
            List.of(
                "ALTER TABLE orders ALTER COLUMN id TYPE bigint: a type change needs add-column +"
                    + " batched backfill + swap"));

    assertEquals(
        List.of(
            "no mechanical rewrite: ALTER TABLE orders ALTER COLUMN id TYPE bigint: a type change"
                + " needs add-column + batched backfill + swap"),
        LockFindings.rewriteProof(rehearsal(2310).withRewriteProof(proof)));
  }

  private static VerdictReport withRehearsal(VerdictReport r, RehearsalSummary rehearsal) {
    return new VerdictReport(
        r.generatedAt(), r.run(), r.comparison(), r.planChanges(), r.migration(), rehearsal);
  }

  static VerdictReport report(boolean risky) {
    Comparison comparison =
        new Comparer(Thresholds.DEFAULTS)
            .compare(
                SyntheticPatterns.rounds("b", 2, BY_ID),
                SyntheticPatterns.rounds("c", 2, BY_ID),
                List.of());
    RunInfo run =
        new RunInfo(
            "capture",
            "postgres://x@h:5432/s",
            ReplayMode.STRESS,
            2,
            100,
            80,
            2,
            Map.of(),
            Map.of(),
            0,
            0);
    return new VerdictReport(
        Instant.EPOCH, run, comparison, Map.of(), null, rehearsal(risky ? 2310 : 40));
  }

  private static RehearsalSummary rehearsal(long heldMs) {
    MigrationSummary.Statement alter =
        new MigrationSummary.Statement(
            "ALTER TABLE orders ADD COLUMN note text", 2300, 0, "", "", "", T + 1);
    RelationLock orders =
        new RelationLock(
            "orders",
            LockMode.ACCESS_EXCLUSIVE,
            LockMode.ACCESS_EXCLUSIVE,
            heldMs,
            T + 10,
            T + 10 + heldMs,
            heldMs,
            true);
    BlockedPattern byId =
        new BlockedPattern(
            "5e1f0c8a9b2d4e61",
            "select id from orders where id = $?",
            "SELECT id FROM orders WHERE id = $1",
            3,
            3,
            0,
            3 * heldMs,
            heldMs - 20);
    LockAnalysis analysis =
        new LockAnalysis(
            new MigrationWindow(T, T + heldMs, 8192),
            List.of(orders),
            List.of(),
            List.of(byId),
            List.of(
                new TimelineBucket(T, Map.of(), null),
                new TimelineBucket(T + 100, Map.of("5e1f0c8a9b2d4e61", 3), alter.sql())));
    List<LockRisk> risks =
        heldMs > 1000
            ? List.of(
                new LockRisk(
                    LockRisk.Kind.EXCLUSIVE,
                    heldMs,
                    1000,
                    "orders",
                    alter.sql(),
                    "ACCESS EXCLUSIVE on orders held " + heldMs + " ms (limit 1000 ms)"))
            : List.of();
    MigrationSummary migration =
        new MigrationSummary("psql -f m.sql", 0, 2400, "", "", List.of(alter));
    return new RehearsalSummary(
        1.0,
        5000,
        9000,
        migration,
        analysis,
        LockThresholds.DEFAULTS,
        List.of(new RehearsedStatement(alter, List.of(orders), List.of(), List.of(), List.of())),
        List.of(new TableFinding("orders", 25_000, 2_129_920, 2_129_920, false, false)),
        risks,
        List.of(),
        null,
        List.of());
  }
}
