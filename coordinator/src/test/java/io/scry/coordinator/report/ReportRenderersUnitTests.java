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
import io.scry.coordinator.explain.ExplainedPlan;
import io.scry.coordinator.explain.PlanChange;
import io.scry.coordinator.explain.PlanNode;
import io.scry.protocol.replay.ReplayMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportRenderersUnitTests {
  private static final long BY_REGION = 0x92L;
  private static final String REGION_SQL = "SELECT id, total FROM orders WHERE region = $1";
  private static final String SUGGESTION = "CREATE INDEX CONCURRENTLY ON orders (region);";

  private final VerdictReport report = regressionReport();

  @Test
  void jsonHasTheDocumentedFields() throws Exception {
    JsonNode json = new ObjectMapper().readTree(new JsonReport().render(report));

    assertEquals(JsonReport.SCHEMA_VERSION, json.get("schema_version").asInt());
    assertEquals("REGRESSION", json.get("verdict").asText());
    assertEquals(5, json.get("exit_code").asInt());
    assertEquals(1, json.at("/summary/regressed").asInt());
    assertEquals(1, json.at("/summary/inconclusive").asInt());
    assertEquals(2, json.at("/run/clone_escapes/ALTER SYSTEM").asInt());
    assertEquals(3, json.at("/summary/patterns").asInt());
    assertEquals("stress", json.at("/run/mode").asText());
    assertTrue(json.at("/calibration/measured").asBoolean());
    assertEquals(1.5, json.at("/thresholds/p50_max_multiplier").asDouble());

    JsonNode first = json.get("patterns").get(0);
    assertEquals(String.format("%016x", BY_REGION), first.get("fingerprint").asText());
    assertEquals("REGRESSED", first.get("status").asText());
    assertEquals("LATENCY", first.at("/failures/0").asText());
    assertTrue(first.get("reason").asText().startsWith("regressed: p50 "), first.toString());
    assertEquals(
        "inconclusive: only 5 statements per round (min_query_count 20)",
        json.at("/patterns/1/reason").asText());
    for (String p : List.of("p50", "p95", "p99")) {
      JsonNode l = first.at("/latency/" + p);
      for (String field :
          List.of(
              "baseline_ms",
              "candidate_ms",
              "ratio",
              "ci_low",
              "ci_high",
              "threshold",
              "regressed")) {
        assertTrue(l.has(field), p + "." + field);
      }
    }
    assertTrue(first.at("/latency/p50/ratio").asDouble() > 50);
    assertEquals(10, first.get("curve").size());
    assertEquals(SUGGESTION, first.at("/plan/suggestion").asText());
    assertEquals("Seq Scan", first.at("/plan/candidate/explain/0/Plan/Node Type").asText());
    assertEquals(
        "ALTER TABLE orders ADD COLUMN region text",
        json.at("/migration/statements/0/sql").asText());
    assertTrue(json.at("/patterns/1/latency/p50/noise_ratio").isNumber());
  }

  @Test
  void junitHasOneTestCasePerPatternAndFailuresForRegressions() throws Exception {
    Document xml = parse(new JunitReport().render(report));

    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertEquals("4", suite.getAttribute("tests"), "3 patterns + the migration");
    assertEquals("1", suite.getAttribute("failures"));
    assertEquals("1", suite.getAttribute("skipped"));
    assertEquals(4, xml.getElementsByTagName("testcase").getLength());
    Element failure = (Element) xml.getElementsByTagName("failure").item(0);
    assertTrue(failure.getAttribute("message").startsWith("p"), failure.getAttribute("message"));
    assertTrue(failure.getTextContent().contains(SUGGESTION));
    assertEquals(1, xml.getElementsByTagName("skipped").getLength());
  }

  @Test
  void junitSurvivesControlCharactersInSql() throws Exception {
    parse(new JunitReport().render(onePattern("SELECT '\u0001<&>'", 1, 2)));
  }

  @Test
  void terminalSaysWhichStatementsWereNotReplayedBecauseTheyLeaveTheClone() {
    String terminal = new TerminalReport(false).render(report);
    assertTrue(
        terminal.contains(
            "2 statements/round not replayed, they reach beyond a clone: {ALTER SYSTEM=2}"),
        terminal);
  }

  @Test
  void markdownLeadsWithTheVerdictAndShowsTheFix() {
    String md = new MarkdownReport().render(report);

    assertTrue(md.startsWith("## Scry migration check: ❌ REGRESSION"), md);
    assertTrue(md.contains("| Pattern | Count | p50 | p95 | p99 | Problem |"));
    assertTrue(md.contains("```sql\n" + SUGGESTION + "\n```"));
    assertTrue(
        md.contains(
            "Seq Scan on orders (Rows Removed by Filter: 20000) replaced Index Scan using idx_orders_region"));
    assertTrue(md.contains("1 inconclusive pattern(s)"));
  }

  @Test
  void htmlIsOneFileWhoseChartsCarryBothSidesOfEachDistribution() throws Exception {
    String html = new HtmlReport().render(report);

    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertFalse(
        html.contains("<script src") || html.contains("<link"), "no other file, no network");
    assertTrue(html.contains("echarts"), "the charting library is inlined");
    JsonNode charts = HtmlChartsData.of(html);
    assertEquals(3, charts.size(), "the regressed pattern, then the 2 others' distributions");
    for (JsonNode chart : charts) {
      JsonNode series = chart.at("/option/series");
      assertEquals("baseline", series.at("/0/name").asText());
      assertEquals("candidate", series.at("/1/name").asText());
      assertEquals(10, series.at("/0/data").size(), "one point per percentile of the curve");
      assertEquals("log", chart.at("/option/yAxis/type").asText());
      assertEquals("ms", chart.get("unit").asText());
    }
    JsonNode regressed = charts.get(0).at("/option/series");
    assertTrue(
        regressed.at("/1/data/3").asDouble() > 50 * regressed.at("/0/data/3").asDouble(),
        "the regressed pattern's candidate median is drawn far above its baseline's");
    assertTrue(html.indexOf("id=\"scry-chart-0\"") < html.indexOf("Other patterns"));
    assertTrue(html.contains(SUGGESTION));
  }

  @Test
  void htmlKeepsTextThatCouldCloseItsScriptOutOfTheChartData() throws Exception {
    String html = new HtmlReport().render(onePattern("SELECT '</script><b>x'", 2, 1));

    String data = html.substring(html.indexOf("id=\"scry-charts\">"));
    assertFalse(data.substring(0, data.indexOf("</script>")).contains("<"), data);
    assertEquals(1, HtmlChartsData.of(html).size());
  }

  @Test
  void terminalShowsRegressionsFirstAndColoursOnlyWhenAsked() {
    String plain = new TerminalReport(false).render(report);
    String coloured = new TerminalReport(true).render(report);

    assertTrue(plain.startsWith("Scry verdict: REGRESSION (exit 5)"), plain);
    assertFalse(plain.contains("\u001b["));
    assertTrue(coloured.contains("\u001b[31;1m"));
    int regressed = plain.indexOf("REGRESSED " + REGION_SQL);
    assertTrue(
        regressed > 0
            && regressed < plain.indexOf("INCONCLUSIVE")
            && plain.indexOf("INCONCLUSIVE") < plain.indexOf("PASSED"));
    assertTrue(plain.contains("fix: " + SUGGESTION));
    assertTrue(plain.contains("lock: CREATE INDEX"));
  }

  @Test
  void writerWritesEachFormatToItsFile(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    List<Path> files =
        ReportWriter.write(
            report,
            List.of(ReportFormat.values()),
            dir,
            new java.io.PrintWriter(terminal, true, StandardCharsets.UTF_8),
            false);

    assertEquals(4, files.size());
    assertTrue(Files.exists(dir.resolve("scry-report.json")));
    assertTrue(Files.readString(dir.resolve("scry-report.md")).contains("REGRESSION"));
    assertTrue(terminal.toString(StandardCharsets.UTF_8).startsWith("Scry verdict"));
  }

  /** A report of one pattern over {@code rounds}, each side drawn from its own seed. */
  private static VerdictReport onePattern(String sql, int rounds, long candidateSeed) {
    Comparison c =
        new Comparer(Thresholds.DEFAULTS)
            .compare(
                SyntheticPatterns.rounds("b", rounds, new PatternSpec(1, sql, 1, 0.1, 30, 1)),
                SyntheticPatterns.rounds(
                    "c", rounds, new PatternSpec(1, sql, 1, 0.1, 30, candidateSeed)),
                List.of());
    return new VerdictReport(Instant.EPOCH, run(), c, Map.of(), null);
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static RunInfo run() {
    Map<String, Long> timings = new LinkedHashMap<>();
    timings.put("clone", 300L);
    timings.put("replay", 9000L);
    return new RunInfo(
        "captures/prod",
        "postgres://postgres@127.0.0.1:5432/shadow",
        ReplayMode.STRESS,
        2,
        100,
        1200,
        40,
        timings,
        Map.of("ALTER SYSTEM", 2L),
        0,
        0);
  }

  static VerdictReport regressionReport() {
    Comparison comparison =
        new Comparer(Thresholds.DEFAULTS)
            .compare(
                SyntheticPatterns.rounds(
                    "baseline",
                    2,
                    new PatternSpec(BY_REGION, REGION_SQL, 2, 0.3, 200, 1),
                    new PatternSpec(2, "SELECT * FROM customers WHERE id = $1", 1, 0.3, 800, 2),
                    new PatternSpec(3, "DELETE FROM carts WHERE id = $1", 3, 0.3, 5, 3)),
                SyntheticPatterns.rounds(
                    "candidate",
                    2,
                    new PatternSpec(BY_REGION, REGION_SQL, 180, 0.3, 200, 4),
                    new PatternSpec(2, "SELECT * FROM customers WHERE id = $1", 1, 0.3, 800, 5),
                    new PatternSpec(3, "DELETE FROM carts WHERE id = $1", 3, 0.3, 5, 6)),
                SyntheticPatterns.rounds(
                    "calibration",
                    2,
                    new PatternSpec(BY_REGION, REGION_SQL, 2, 0.3, 200, 7),
                    new PatternSpec(2, "SELECT * FROM customers WHERE id = $1", 1, 0.3, 800, 8),
                    new PatternSpec(3, "DELETE FROM carts WHERE id = $1", 3, 0.3, 5, 9)));
    String seqScan =
        "[{\"Plan\":{\"Node Type\":\"Seq Scan\",\"Relation Name\":\"orders\",\"Filter\":\"(region = 'eu'::text)\","
            + "\"Rows Removed by Filter\":20000,\"Actual Loops\":1,\"Actual Total Time\":180.1},\"Execution Time\":180.4}]";
    String indexScan =
        "[{\"Plan\":{\"Node Type\":\"Index Scan\",\"Relation Name\":\"orders\",\"Index Name\":\"idx_orders_region\","
            + "\"Actual Loops\":1,\"Actual Total Time\":1.9},\"Execution Time\":2.0}]";
    PlanChange plan =
        new PlanChange(
            "Seq Scan on orders (Rows Removed by Filter: 20000) replaced Index Scan using idx_orders_region",
            SUGGESTION,
            new ExplainedPlan(PlanNode.parse(indexScan), true, 2.0, indexScan, ""),
            new ExplainedPlan(PlanNode.parse(seqScan), true, 180.4, seqScan, ""),
            "SELECT id, total FROM orders WHERE region = 'eu'::text");
    MigrationSummary migration =
        new MigrationSummary(
            "psql -f migrate.sql",
            0,
            812,
            "ALTER TABLE\nUPDATE 25000\n",
            "",
            List.of(
                new MigrationSummary.Statement(
                    "ALTER TABLE orders ADD COLUMN region text", 3.1, 0, "", "", "", 0),
                new MigrationSummary.Statement(
                    "UPDATE orders SET region = 'eu'", 640, 25000, "", "", "", 4),
                new MigrationSummary.Statement(
                    "CREATE INDEX idx_x ON orders (status)",
                    120,
                    0,
                    "",
                    "",
                    "CREATE INDEX without CONCURRENTLY blocks writes to the table",
                    644)));
    return new VerdictReport(
        Instant.parse("2026-11-22T02:00:00Z"),
        run(),
        comparison,
        Map.of(BY_REGION, plan),
        migration);
  }
}
