package io.scry.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.cli.CliRun;
import io.scry.cli.ScryCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code scry-cluster demo} for real: embedded servers, the capturing proxy, the CI gate with an
 * external migration command, twice.
 */
class DemoCommandIntegrationTests {

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void theLostIndexStoryPlaysOutRegressionThenPass() throws Exception {
    List<Path> before = demoDirectories();
    Path reports = Files.createTempDirectory("scry-reports-");

    CliRun run = run("demo", "--report-dir", reports.toString());

    assertEquals(ScryCli.EXIT_OK, run.exit(), run.output());
    String out = run.stdout();
    // Its backfill's row locks are a lock risk of their own, which the lost index's fix leaves.
    assertTrue(out.contains("no rehearsal under traffic (--no-rehearsal): its backfill"), out);
    assertTrue(out.contains("Scry verdict: REGRESSION (exit 5)"), out);
    assertTrue(
        out.contains(
            "REGRESSED select id, customer_id, status, total, created_at from orders where region = $?"),
        out);
    Matcher p50 = Pattern.compile("p50 [0-9.]+ ms -> [0-9.]+ ms  ([0-9.]+)x").matcher(out);
    assertTrue(p50.find(), "a latency ratio: " + out);
    // 40,000 orders in delivery zones of a few dozen each: the sequential scan reads a thousand
    // times the rows the index did. An order of magnitude is the least a busy machine shows.
    assertTrue(Double.parseDouble(p50.group(1)) >= 10, "p50 ratio " + p50.group(1) + ": " + out);
    // Both region patterns (the list of a zone, its live feed) explain the lost index, in the
    // terminal report and again in the demo's summary of it; the live feed's representative may be
    // a whale's zone, explained with the prepared statement's generic plan.
    assertEquals(
        4,
        Pattern.compile(
                "plan: Seq Scan on orders \\(Rows Removed by Filter: [0-9]+\\) replaced"
                    + " (Bitmap Heap|Index) Scan using orders_region_idx")
            .matcher(out)
            .results()
            .count(),
        out);
    assertTrue(out.contains("fix:  CREATE INDEX CONCURRENTLY ON orders (region);"), out);
    assertTrue(
        out.indexOf("Scry verdict: SAFE (exit 0)") > out.indexOf("Scry verdict: REGRESSION"), out);
    assertTrue(out.contains("The story played out as expected"), out);
    assertEquals(before, demoDirectories(), "the demo deleted its temporary directory");
    assertReportsKept(reports, out);
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void theCheckConstraintStoryIsALockRiskUnderTrafficThenThePassOfItsSafeRewrite()
      throws Exception {
    Path reports = Files.createTempDirectory("scry-reports-");
    CliRun run =
        run("demo", "--scenario", "check-constraint-validate", "--report-dir", reports.toString());

    assertEquals(ScryCli.EXIT_OK, run.exit(), run.output());
    String out = run.stdout();
    int fixStep = out.indexOf("[5/5]");
    assertTrue(fixStep > 0, out);
    String migration = out.substring(0, fixStep);
    String fix = out.substring(fixStep);
    assertTrue(migration.contains("Scry verdict: REGRESSION (exit 5)"), out);
    // What fails the one-step constraint is what it does while it runs: the orders traffic
    // waits for the whole validating scan.
    assertTrue(
        millisIn(
                migration,
                "LOCK RISK ACCESS EXCLUSIVE on orders held ([0-9]+) ms \\(limit 1000 ms\\), a table"
                    + " the traffic uses, taken by ALTER TABLE orders ADD CONSTRAINT"
                    + " orders_total_non_negative CHECK")
            > 1000,
        out);
    assertTrue(
        millisIn(
                migration,
                "LOCK RISK replayed statements waited up to ([0-9]+) ms on the migration \\(limit"
                    + " 1000 ms\\), behind ACCESS EXCLUSIVE on orders held [0-9]+ ms: (select|insert"
                    + "|update) ")
            > 1000,
        out);
    assertTrue(migration.contains("advice: ADD CONSTRAINT ... NOT VALID, then"), out);
    assertTrue(migration.contains("latency while the migration ran"), out);

    // The fix runs instead of the migration, on clones that never had the constraint.
    assertTrue(fix.contains("io.scry.cli.demo.ApplySql fix.sql\n"), out);
    assertFalse(fix.contains("migration.sql"), out);
    assertTrue(fix.contains("Scry verdict: SAFE (exit 0)"), out);
    assertTrue(fix.contains("no lock risk: rehearsal under traffic"), out);
    assertFalse(fix.contains("latency while the migration ran"), "shown once, for the migration");
    assertTrue(
        fix.contains("ALTER TABLE orders VALIDATE CONSTRAINT orders_total_non_negative"), out);
    assertTrue(out.contains("The story played out as expected"), out);
    assertReportsKept(reports, out);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void theListNamesEveryPlayableScenarioWithItsStoryAndVerdicts() {
    CliRun run = run("demo", "--list");

    assertEquals(ScryCli.EXIT_OK, run.exit(), run.output());
    List<String> listed =
        Pattern.compile("(?m)^  ([a-z-]+)( \\(default\\))?\\n      (.+)\\n      expected: (.+)$")
            .matcher(run.stdout())
            .results()
            .map(m -> m.group(1))
            .toList();
    assertEquals(
        List.of(
            "missing-index-region",
            "column-type-change",
            "dropped-column",
            "check-constraint-validate"),
        listed,
        run.stdout());
    assertTrue(run.stdout().contains("  missing-index-region (default)\n"), run.stdout());
    assertTrue(
        run.stdout()
            .contains(
                "  check-constraint-validate\n      A CHECK constraint added in one step scans"
                    + " orders under ACCESS EXCLUSIVE"),
        run.stdout());
    assertTrue(
        run.stdout()
            .contains(
                "expected: REGRESSION (LOCK RISK), then SAFE with the fix instead of the"
                    + " migration"),
        run.stdout());
    assertTrue(
        run.stdout().contains("Not played here: skewed-backfill-no-analyze: its traffic needs"),
        run.stdout());
    // Each listed scenario is accepted by --scenario: the run gets past the scenario to the
    // options, whose error stops it before anything starts.
    for (String scenario : listed) {
      CliRun play = run("demo", "--scenario", scenario, "--rows", "10");
      assertEquals("error: --rows must be at least 100, got 10", play.firstErrorLine(), scenario);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "no-such-story | error: unknown scenario 'no-such-story'; known: missing-index-region",
        "skewed-backfill-no-analyze | error: scenario 'skewed-backfill-no-analyze' cannot be"
            + " played here"
      })
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aScenarioTheDemoCannotPlayIsRefusedBeforeAnythingStarts(String scenario, String reason) {
    CliRun run = run("demo", "--scenario", scenario);

    assertEquals(ScryCli.EXIT_TOOL_ERROR, run.exit(), run.output());
    assertTrue(run.stderr().startsWith(reason), run.stderr());
    assertFalse(run.stdout().contains("[1/"), "nothing was started: " + run.stdout());
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aBadOptionFailsWithExitOneAndTheReason() {
    CliRun run = run("demo", "--rows", "10");

    assertEquals(ScryCli.EXIT_TOOL_ERROR, run.exit(), run.output());
    assertEquals(
        "error: --rows must be at least 100, got 10\nscry: failed — 'scry-cluster demo --help'"
            + " lists the options and --list the scenarios\n",
        run.stderr());
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void applySqlWithoutADatabaseInItsEnvironmentIsAClearError() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> ApplySql.target(java.util.Map.of()));
    assertTrue(e.getMessage().contains("DATABASE_URL"), e.getMessage());
  }

  /**
   * The demo's migration command and {@code demo apply-sql}, each in its own JVM as the gate runs
   * them, on a database nobody listens for: exit 1 and the driver's reason, never "a bug".
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void applySqlOnAnUnreachableDatabaseExitsOneWithTheReason(@TempDir Path dir) throws Exception {
    Path sql = Files.writeString(dir.resolve("migration.sql"), "SELECT 1;");
    List<String> viaCommandLine = new ArrayList<>(DemoCommand.migrationCommand(List.of()));
    viaCommandLine.set(viaCommandLine.size() - 1, ScryCli.class.getName());
    viaCommandLine.addAll(List.of("demo", "apply-sql", sql.toString()));
    for (List<String> command :
        List.of(DemoCommand.migrationCommand(List.of(sql)), viaCommandLine)) {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put("DATABASE_URL", "postgres://scry:secret@127.0.0.1:1/shop");
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertEquals(1, process.waitFor(), output);
      assertTrue(output.startsWith("error: Connection to 127.0.0.1:1 refused"), output);
      assertFalse(output.contains("bug"), output);
    }
  }

  /** The demo's reports outlive it, and it says where they are and how to open them. */
  private static void assertReportsKept(Path reports, String out) throws Exception {
    for (String gate : List.of("migration", "fixed")) {
      Path html = reports.resolve(gate).resolve("scry-report.html");
      assertTrue(Files.size(html) > 0, html.toString());
      assertTrue(Files.exists(reports.resolve(gate).resolve("scry-report.md")), gate);
      assertTrue(
          out.contains(
              "Report kept: "
                  + html
                  + " (Markdown and JSON beside it); open it in a browser, e.g. xdg-open "
                  + html
                  + "\n"),
          out);
    }
  }

  /** The milliseconds of the first match of {@code regex} (its first group) in {@code text}. */
  private static long millisIn(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertTrue(matcher.find(), "no " + regex + " in:\n" + text);
    return Long.parseLong(matcher.group(1));
  }

  private static List<Path> demoDirectories() throws Exception {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("scry-demo-"))
          .sorted()
          .toList();
    }
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }
}
