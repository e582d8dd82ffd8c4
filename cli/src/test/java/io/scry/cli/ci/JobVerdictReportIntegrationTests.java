package io.scry.cli.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scry.cli.CliRun;
import io.scry.cli.ScryCli;
import io.scry.cli.cluster.LocalCluster;
import io.scry.coordinator.api.Json;
import io.scry.coordinator.jobs.JobSpec;
import io.scry.coordinator.jobs.PhaseResult;
import io.scry.protocol.v1.PatternResult;
import io.scry.testsupport.PostgresExtension;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Verdicts from a running coordinator over HTTP: {@code report JOB --format junit|...} on a job
 * whose targets are baseline and candidate clones of a recorded shadow, and {@code ci
 * test-migration NAME --coordinator URL} replaying a capture of the coordinator's store.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class JobVerdictReportIntegrationTests {
  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  private static final String TOKEN = "verdict-token";
  private static final String CAPTURE = "orders";

  @TempDir static Path tmp;
  private static Path capture;
  private static LocalCluster cluster;
  private static String coordinatorUrl;

  @BeforeAll
  static void startTheClusterWithACapture() throws Exception {
    capture = OrdersWorkload.recordShadow(PG, "vshadow", tmp, 4, 30);
    PG.execute("postgres", "CREATE DATABASE vbase TEMPLATE vshadow");
    PG.execute("postgres", "CREATE DATABASE vcand TEMPLATE vshadow");
    PG.createDatabase("vcontrol");
    // The coordinator's store files a capture by name and proxy id, as the ingest would.
    Path stored =
        Files.createDirectories(
            tmp.resolve("store").resolve("captures").resolve(CAPTURE).resolve("app-proxy"));
    try (Stream<Path> segments = Files.list(capture)) {
      for (Path segment : segments.toList()) {
        Files.copy(segment, stored.resolve(segment.getFileName()));
      }
    }
    cluster =
        LocalCluster.start(
            new LocalCluster.Config(
                1,
                tmp.resolve("store"),
                PG.url("vcontrol"),
                new InetSocketAddress("127.0.0.1", 0),
                null,
                TOKEN));
    cluster.awaitWorkersUp(Duration.ofSeconds(60));
    coordinatorUrl = "http://127.0.0.1:" + cluster.coordinator().httpAddress().getPort() + "/";
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void junitReportOfATwoTargetJobHasOneTestCasePerPattern() throws Exception {
    String id = replay(List.of(PG.url("vbase"), PG.url("vcand")), 2);
    Set<Long> patterns = new HashSet<>();
    for (PhaseResult phase : cluster.jobs().results(id).toCompletableFuture().join()) {
      phase.result().getPatternsList().stream()
          .map(PatternResult::getFingerprint)
          .forEach(patterns::add);
    }

    CliRun run = report(id, "junit");

    // Identical databases are most likely SAFE, but the verdict must only be consistent here.
    assertTrue(
        run.exit() == ScryCli.EXIT_OK || run.exit() == ScryCli.EXIT_REGRESSION,
        run.exit() + run.stderr());
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(run.stdout().getBytes(StandardCharsets.UTF_8)));
    NodeList testcases = xml.getElementsByTagName("testcase");
    assertEquals(patterns.size(), testcases.getLength(), run.stdout());
    assertEquals(
        run.exit() == ScryCli.EXIT_OK,
        xml.getElementsByTagName("failure").getLength() == 0,
        run.stdout());
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertEquals(Integer.toString(patterns.size()), suite.getAttribute("tests"));

    CliRun markdown = report(id, "markdown");
    assertEquals(run.exit(), markdown.exit(), markdown.stderr());
    assertTrue(
        markdown.stdout().contains(run.exit() == 0 ? "SAFE" : "REGRESSION"), markdown.stdout());
    CliRun verdictJson = report(id, "verdict-json");
    assertTrue(verdictJson.stdout().contains("\"verdict\""), verdictJson.stdout());
  }

  @Test
  void verdictFormatsApplyTheThresholdsOfScryYaml() throws Exception {
    PG.execute("postgres", "CREATE DATABASE vnoindex TEMPLATE vshadow");
    PG.execute("vnoindex", "DROP INDEX idx_orders_region");
    String id = replay(List.of(PG.url("vbase"), PG.url("vnoindex")), 2);
    // Whether the lost index (2x on 500-row regions) clears the default limits depends on the
    // machine's noise; what a threshold does to the verdict must not. Every pattern of the capture
    // has at least 30 statements per round.
    Path highFloor =
        yaml("floor.yaml", "ci:", "  regression_thresholds:", "    min_query_count: 1000000");
    Path lenient =
        yaml(
            "lenient.yaml",
            "ci:",
            "  regression_thresholds:",
            "    p50_max_multiplier: 1000",
            "    p95_max_multiplier: 1000",
            "    p99_max_multiplier: 1000");
    Path broken =
        yaml("broken.yaml", "ci:", "  regression_thresholds:", "    p50_max_multiplier: fast");

    JsonNode defaults = verdictJson(report(id, "verdict-json"));
    CliRun floorRun = report(id, "verdict-json", "--config", highFloor.toString());
    JsonNode floor = verdictJson(floorRun);
    CliRun relaxed = report(id, "verdict-json", "--config", lenient.toString());
    CliRun bad = report(id, "markdown", "--config", broken.toString());

    assertEquals(0, defaults.at("/summary/inconclusive").asInt(), defaults.toString());
    assertEquals(20, defaults.at("/thresholds/min_query_count").asInt());
    assertEquals(1_000_000, floor.at("/thresholds/min_query_count").asInt());
    assertEquals(
        floor.at("/summary/patterns").asInt(),
        floor.at("/summary/inconclusive").asInt(),
        "below the floor every pattern is inconclusive: " + floor);
    assertEquals(ScryCli.EXIT_OK, floorRun.exit(), floorRun.stderr());
    assertEquals(ScryCli.EXIT_OK, relaxed.exit(), relaxed.stdout() + relaxed.stderr());
    assertEquals(1000, verdictJson(relaxed).at("/thresholds/p50_max_multiplier").asDouble());
    assertEquals(ScryCli.EXIT_TOOL_ERROR, bad.exit(), bad.stdout());
    assertTrue(bad.stderr().contains("ci.regression_thresholds.p50_max_multiplier"), bad.stderr());
    // The percentile table needs no thresholds: a broken scry.yaml does not stand in its way.
    assertEquals(ScryCli.EXIT_OK, report(id, "table", "--config", broken.toString()).exit());
  }

  private static Path yaml(String name, String... lines) throws java.io.IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private static JsonNode verdictJson(CliRun run) throws java.io.IOException {
    assertTrue(
        run.exit() == ScryCli.EXIT_OK || run.exit() == ScryCli.EXIT_REGRESSION,
        "a verdict: " + run.exit() + " " + run.stderr());
    return Json.MAPPER.readTree(run.stdout());
  }

  @Test
  void aSingleTargetJobHasNoVerdict() throws Exception {
    String id = replay(List.of(PG.url("vbase")), 1);

    CliRun run = report(id, "html");

    assertEquals(ScryCli.EXIT_TOOL_ERROR, run.exit());
    assertTrue(run.stderr().contains("a comparison needs two targets"), run.stderr());
    assertEquals(ScryCli.EXIT_OK, report(id, "table").exit());
  }

  @Test
  void theCiGateReplaysANamedCaptureOnTheCoordinatorAndFindsTheLostIndex() throws Exception {
    Path sql = tmp.resolve("lost-index.sql");
    Files.writeString(
        sql,
        String.join(
            "\n",
            "ALTER TABLE orders ADD COLUMN region_text text;",
            "UPDATE orders SET region_text = region;",
            "ALTER TABLE orders DROP COLUMN region;",
            "ALTER TABLE orders RENAME COLUMN region_text TO region;"));
    Path reports = tmp.resolve("reports");

    CliRun run =
        cli(
            GateCommand.of(CAPTURE)
                .options("--coordinator", coordinatorUrl, "--token", TOKEN)
                .options("--shadow", PG.url("vshadow"), "--rounds", "2", "--format", "json")
                .options("--report-dir", reports.toString())
                .migration(GateCommand.psql(sql)));

    assertEquals(ScryCli.EXIT_REGRESSION, run.exit(), run.stdout() + run.stderr());
    JsonNode report = Json.MAPPER.readTree(reports.resolve("scry-report.json").toFile());
    JsonNode region = null;
    for (JsonNode pattern : report.get("patterns")) {
      if (pattern
          .get("normalized_sql")
          .asText()
          .toLowerCase(Locale.ROOT)
          .contains("where region")) {
        region = pattern;
      }
    }
    assertTrue(region != null, report.toString());
    assertEquals("REGRESSED", region.get("status").asText(), region.toString());
    assertEquals(CAPTURE, report.at("/run/capture").asText(), report.toString());
  }

  @Test
  void anUnknownCaptureNameIsAToolError() throws Exception {
    CliRun run =
        cli(
            GateCommand.of("no-such-capture")
                .options("--coordinator", coordinatorUrl, "--token", TOKEN)
                .options("--shadow", PG.url("vshadow"))
                .migration("true"));

    assertEquals(ScryCli.EXIT_TOOL_ERROR, run.exit(), run.stderr());
    assertTrue(run.stderr().contains("capture 'no-such-capture' is neither"), run.stderr());
  }

  private static String replay(List<String> targets, int rounds) throws Exception {
    JobSpec spec = JobSpec.stress(capture.toString(), targets).withRounds(rounds);
    String id = cluster.submit(spec);
    assertEquals(
        "done",
        cluster.awaitOutcome(id, Duration.ofSeconds(90)).status().state().label(),
        "job " + id);
    return id;
  }

  private static CliRun report(String id, String format, String... options) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "report",
                id,
                "--format",
                format,
                "--coordinator",
                coordinatorUrl,
                "--token",
                TOKEN));
    args.addAll(List.of(options));
    return cli(args.toArray(String[]::new));
  }

  private static CliRun cli(String... args) {
    return CliRun.of(args);
  }
}
