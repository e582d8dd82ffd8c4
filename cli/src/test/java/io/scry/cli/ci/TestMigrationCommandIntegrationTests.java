package io.scry.cli.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scry.cli.ScryCli;
import io.scry.testsupport.PostgresExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code scry-cluster ci test-migration} end to end: a workload recorded through the proxy, real
 * migrations run with psql against clones on embedded PostgreSQL, replays in process (and once
 * through an embedded cluster).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TestMigrationCommandIntegrationTests {
  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  @TempDir static Path tmp;
  private static Path capture;

  @BeforeAll
  static void recordTheWorkload() throws Exception {
    capture = OrdersWorkload.recordShadow(PG, "shadow", tmp, 4, 30);
  }

  @Test
  void lostIndexAfterABackfilledColumnIsARegressionWithTheIndexSuggested() throws Exception {
    Run run =
        check(
            "lost-index",
            "ALTER TABLE orders ADD COLUMN region_text text;",
            "UPDATE orders SET region_text = region;",
            "ALTER TABLE orders DROP COLUMN region;",
            "ALTER TABLE orders RENAME COLUMN region_text TO region;");

    assertEquals(ScryCli.EXIT_REGRESSION, run.exit, run.output());
    JsonNode pattern = run.pattern("FROM orders WHERE region");
    assertEquals("REGRESSED", pattern.get("status").asText());
    assertEquals("LATENCY", pattern.at("/failures/0").asText());
    assertTrue(pattern.at("/latency/p50/ratio").asDouble() > 1.5, pattern.toString());
    String summary = pattern.at("/plan/summary").asText();
    assertTrue(
        summary.matches(
            "Seq Scan on orders \\(Rows Removed by Filter: 24500\\) replaced .*idx_orders_region"),
        summary);
    assertEquals(
        "CREATE INDEX CONCURRENTLY ON orders (region);", pattern.at("/plan/suggestion").asText());
    assertTrue(
        run.stdout.contains("fix: CREATE INDEX CONCURRENTLY ON orders (region);"), run.stdout);
    // The expand/contract rewrite lost the index when it dropped the old column.
    assertEquals(3, pattern.at("/likely_cause/statement").asInt(), pattern.toString());
    assertTrue(
        pattern.at("/likely_cause/sql").asText().contains("DROP COLUMN region"),
        pattern.toString());
    assertEquals(
        4,
        run.report.at("/migration/statements").size(),
        "the migration's statements were captured");
    // The suggestion, proven: built on a clone of the candidate, the rounds replayed on it.
    JsonNode proof = run.report.get("advice_proof");
    assertEquals("SAFE", proof.get("verdict").asText(), proof.toString());
    assertEquals(
        List.of("CREATE INDEX CONCURRENTLY ON orders (region);"),
        List.of(proof.at("/indexes/0").asText()));
    JsonNode read = proof.at("/reads/0");
    assertTrue(read.get("normalized_sql").asText().contains("where region"), proof.toString());
    assertTrue(
        read.get("candidate_p50_ms").asDouble() > 1.5 * read.get("with_indexes_p50_ms").asDouble(),
        proof.toString());
    assertTrue(
        run.stdout.contains("advice proof: with the suggested index the migration is SAFE"),
        run.stdout);
    assertNoClonesLeft();
  }

  @Test
  void theSameMigrationWithItsIndexIsSafe() throws Exception {
    Run run =
        check(
            "with-index",
            "ALTER TABLE orders ADD COLUMN region_text text;",
            "UPDATE orders SET region_text = region;",
            "ALTER TABLE orders DROP COLUMN region;",
            "ALTER TABLE orders RENAME COLUMN region_text TO region;",
            "CREATE INDEX idx_orders_region ON orders (region);");

    assertEquals(ScryCli.EXIT_OK, run.exit, run.output());
    assertEquals("SAFE", run.report.get("verdict").asText());
    assertShowsProgressInPlainLines(run);
    assertTrue(
        run.report
            .at("/migration/statements/4/lock_warning")
            .asText()
            .startsWith("CREATE INDEX without CONCURRENTLY"),
        run.report.at("/migration").toString());
  }

  @Test
  void typeChangeThatAltersResultsFailsNamingThePatternAlsoWithTwoWorkers() throws Exception {
    // Two workers: every replay is split in two shards whose results are merged.
    Run run =
        check(
            "type-change",
            List.of("--workers", "2"),
            "ALTER TABLE orders ALTER COLUMN total TYPE integer USING total::integer;");

    assertEquals(ScryCli.EXIT_REGRESSION, run.exit, run.output());
    JsonNode pattern = run.pattern("SELECT id, status, total FROM orders WHERE id");
    assertEquals("REGRESSED", pattern.get("status").asText());
    assertTrue(
        pattern.get("failures").toString().contains("RESULT_DIFFERENCE"), pattern.toString());
    assertTrue(
        run.stdout.contains("REGRESSED select id, status, total from orders where id"), run.stdout);
  }

  @Test
  void droppedColumnStillQueriedFailsWithNewErrors() throws Exception {
    Run run = check("drop-column", "ALTER TABLE orders DROP COLUMN customer_id;");

    assertEquals(ScryCli.EXIT_REGRESSION, run.exit, run.output());
    JsonNode pattern = run.pattern("WHERE customer_id");
    assertTrue(pattern.get("failures").toString().contains("NEW_ERROR"), pattern.toString());
    JsonNode error = pattern.at("/errors/0");
    assertEquals("42703", error.get("sqlstate").asText());
    assertEquals("NEW", error.get("kind").asText());
    assertTrue(error.get("sample_message").asText().contains("customer_id"), error.toString());
    assertTrue(
        pattern.at("/likely_cause/sql").asText().contains("DROP COLUMN customer_id"),
        pattern.toString());
  }

  @Test
  void noOpMigrationNeverFails() throws Exception {
    for (int i = 0; i < 3; i++) {
      Run run = check("no-op-" + i, "SELECT 1;");
      assertEquals(ScryCli.EXIT_OK, run.exit, "run " + i + ":\n" + run.output());
    }
    assertNoClonesLeft();
  }

  @Test
  void failingMigrationIsAToolErrorWithAOneLineReason() throws Exception {
    Run run = check("failing", "ALTER TABLE no_such_table ADD COLUMN x int;");

    assertEquals(ScryCli.EXIT_TOOL_ERROR, run.exit, run.output());
    assertTrue(
        run.stderr.startsWith("error: the migration command failed with exit code 3\n"),
        run.stderr);
    assertTrue(run.stderr.contains("no_such_table"), "details follow the reason");
    assertNoClonesLeft();
  }

  /**
   * A CI job cancelled in the middle of the migration sends SIGTERM: the gate drops its clones and
   * kills the migration command before it exits.
   */
  @Test
  void aGateStoppedBySigtermDropsItsClonesAndKillsItsMigration() throws Exception {
    Path pidFile = tmp.resolve("sigterm-migration.pid");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            "io.scry.cli.ScryCli",
            "ci",
            "test-migration",
            capture.toString(),
            "--shadow",
            PG.url("shadow"),
            "--format",
            "json",
            "--report-dir",
            tmp.resolve("reports-sigterm").toString(),
            "--",
            "sh",
            "-c",
            "echo $$ > "
                + pidFile
                + ".tmp && mv "
                + pidFile
                + ".tmp "
                + pidFile
                + "; exec sleep 120");
    Process gate =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("sigterm-gate.log").toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(pidFile) && System.nanoTime() < deadline && gate.isAlive()) {
        Thread.sleep(100);
      }
      assertTrue(Files.exists(pidFile), Files.readString(tmp.resolve("sigterm-gate.log")));
      long migration = Long.parseLong(Files.readString(pidFile).strip());
      assertFalse(clones().isEmpty(), "the migration runs on a clone");

      gate.destroy(); // SIGTERM

      assertTrue(gate.waitFor(30, TimeUnit.SECONDS), "the gate exits");
      assertNoClonesLeft();
      assertFalse(
          ProcessHandle.of(migration).map(ProcessHandle::isAlive).orElse(false),
          "the migration command was killed");
    } finally {
      gate.destroyForcibly();
    }
  }

  @Test
  void unknownConfigKeyIsAToolErrorNamingIt() throws Exception {
    Path config = tmp.resolve("bad.yaml");
    Files.writeString(config, "ci:\n  regression_threshold:\n    p50_max_multiplier: 2\n");

    Run run =
        run(
            GateCommand.of(capture)
                .options("--shadow", PG.url("shadow"), "--config", config.toString())
                .options("--report-dir", tmp.resolve("reports-bad-config").toString())
                .migration("true"),
            null);

    assertEquals(ScryCli.EXIT_TOOL_ERROR, run.exit);
    assertTrue(run.stderr.startsWith("error: unknown key ci.regression_threshold in "), run.stderr);
    // The configuration failed, the flag did not: the error's reports go where it says.
    assertTrue(
        Files.readString(tmp.resolve("reports-bad-config").resolve("scry-report.md"))
            .contains("unknown key ci.regression_threshold"),
        run.stdout);
  }

  @Test
  void unreachableShadowIsAToolError() throws Exception {
    Run run =
        run(
            GateCommand.of(capture)
                .options("--shadow", "postgres://postgres:postgres@127.0.0.1:1/shadow")
                .options("--report-dir", tmp.resolve("reports-errors").toString())
                .migration("true"),
            null);

    assertEquals(ScryCli.EXIT_TOOL_ERROR, run.exit);
    assertTrue(
        run.stderr.startsWith(
            "error: cannot connect to the shadow server 127.0.0.1:1 (--shadow): connection"
                + " refused\n"),
        run.stderr);
  }

  /**
   * Run as in CI (standard output is not a terminal): the configuration's source first, the plan,
   * then a plain line for every step and replay, each replay's with the time left; nothing at all
   * on standard error, the libraries' logs included.
   */
  private static void assertShowsProgressInPlainLines(Run run) {
    List<String> lines = run.stdout.lines().toList();
    assertEquals("config: defaults", lines.get(0), run.output());
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.matches(
                        "scry: plan: a warm-up round and 2 measured rounds: 8 replays of [0-9,]+"
                            + " statements; the estimate of the time left follows the first"
                            + " replay")),
        run.output());
    assertTrue(lines.stream().anyMatch(l -> l.matches("scry: cloned in [0-9,]+ ms")), run.output());
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.matches("scry: the migration ended with exit code 0 in [0-9,]+ ms")),
        run.output());
    List<String> replays =
        lines.stream()
            .filter(
                l ->
                    l.matches(
                        "scry: (warm-up|round [12]) (baseline|candidate|calibration): [0-9,]+"
                            + " statements in 4 sessions, [0-9,]+ ms \\([0-9,]+/s\\); [1-8] of 8"
                            + " replays done(, about [0-9hms]+ left)?"))
            .toList();
    assertEquals(8, replays.size(), run.output());
    assertTrue(replays.get(0).contains("; 1 of 8 replays done, about "), run.output());
    assertTrue(replays.get(7).endsWith("; 8 of 8 replays done"), run.output());
    assertTrue(
        lines.stream()
            .anyMatch(
                l -> l.matches("scry: round 1 baseline: replaying on scry_[0-9a-f]+_base_r1")),
        run.output());
    assertEquals("", run.stderr, "a gate that succeeds prints nothing on standard error");
  }

  private static Run check(String name, String... migrationSql) throws Exception {
    return check(name, List.of(), migrationSql);
  }

  private static Run check(String name, List<String> options, String... migrationSql)
      throws Exception {
    Path reports = tmp.resolve("reports-" + name);
    String[] args =
        GateCommand.of(capture)
            .options("--shadow", PG.url("shadow"), "--rounds", "2")
            .options("--format", "terminal,json,junit,markdown,html")
            .options("--report-dir", reports.toString())
            // The measured rounds are under test here; RehearsalGateIntegrationTests rehearses.
            .options("--no-rehearsal")
            .options(options)
            .migration(GateCommand.psqlScript(tmp, name, migrationSql));
    return run(args, reports.resolve("scry-report.json"));
  }

  private static Run run(String[] args, Path json) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ScryCli());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    JsonNode report =
        json != null && Files.exists(json) ? new ObjectMapper().readTree(json.toFile()) : null;
    return new Run(exit, out.toString(), err.toString(), report);
  }

  private static void assertNoClonesLeft() throws Exception {
    assertEquals(List.of(), clones());
  }

  private static List<String> clones() {
    return GateDatabases.on(PG);
  }

  private record Run(int exit, String stdout, String stderr, JsonNode report) {
    JsonNode pattern(String sqlPart) {
      for (JsonNode p : report.get("patterns")) {
        if (p.get("normalized_sql")
            .asText()
            .toLowerCase(java.util.Locale.ROOT)
            .contains(sqlPart.toLowerCase(java.util.Locale.ROOT))) {
          return p;
        }
      }
      throw new AssertionError("no pattern with " + sqlPart + " in " + report.get("patterns"));
    }

    String output() {
      return "exit " + exit + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
    }
  }
}
