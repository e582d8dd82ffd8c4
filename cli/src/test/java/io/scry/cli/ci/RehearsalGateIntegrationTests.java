package io.scry.cli.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scry.cli.CliRun;
import io.scry.cli.ScryCli;
import io.scry.testsupport.PostgresExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rehearsal of {@code ci test-migration} end to end: 12 s of paced application traffic recorded
 * through the proxy, replayed in timed mode on a clone while real migrations run with psql through
 * the migration's own capturing proxy, and the verdict they get.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class RehearsalGateIntegrationTests {
  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  @TempDir static Path tmp;
  private static Path capture;
  private static Path config;

  @BeforeAll
  static void recordPacedTraffic() throws Exception {
    OrdersWorkload.createShadow(PG, "shadow");
    capture = tmp.resolve("capture");
    PacedOrdersTraffic.record(PG, "shadow", capture, 3, Duration.ofSeconds(12));
    // The locks are under test here, not latency: one measured round without calibration on two
    // shared cores is noisy, and a backfilled table is slower until it is vacuumed, so changes of
    // latency under 50 ms never fail these gates.
    config = tmp.resolve("scry.yaml");
    Files.writeString(config, "thresholds:\n  latency_regression_abs_ms: 50\n");
  }

  @Test
  void backfillInsideTheAlterTransactionIsALockRiskNamingTheTableAndTheBlockedPatterns()
      throws Exception {
    Run run =
        gate(
            "backfill-in-ddl",
            "BEGIN;",
            "ALTER TABLE orders ADD COLUMN note text;",
            "UPDATE orders SET note = status FROM (SELECT pg_sleep(2)) AS slow;",
            "COMMIT;");

    assertEquals(ScryCli.EXIT_REGRESSION, run.cli.exit(), run.cli.output());
    assertEquals("REGRESSION", run.report.get("verdict").asText());
    JsonNode rehearsal = run.report.get("rehearsal");
    assertTrue(rehearsal.get("lock_risk").asBoolean(), rehearsal.toString());
    JsonNode exclusive = risk(rehearsal, "EXCLUSIVE");
    assertEquals("orders", exclusive.get("relation").asText());
    assertTrue(exclusive.get("measured_ms").asLong() > 1500, exclusive.toString());
    assertTrue(
        exclusive.get("statement").asText().startsWith("ALTER TABLE orders ADD COLUMN note"),
        exclusive.toString());
    JsonNode blocked = risk(rehearsal, "BLOCKED");
    assertTrue(blocked.get("measured_ms").asLong() > 1000, blocked.toString());
    JsonNode byId = blockedPattern(rehearsal, "from orders where id");
    assertTrue(byId.get("statements").asInt() > 0, byId.toString());
    assertTrue(byId.get("max_blocked_ms").asLong() > 1000, byId.toString());

    // The latency of the blocked reads in the migration's window, against the same window of a
    // clone without the migration.
    JsonNode window = windowLatency(rehearsal, "from orders where id");
    // A replayed session waits for each statement, so the lock holds up one statement of each
    // session: the slowest statement shows it.
    assertTrue(window.at("/rehearsal/max_ms").asDouble() > 1000, window.toString());
    assertTrue(
        window.at("/rehearsal/max_ms").asDouble() > 4 * window.at("/baseline/max_ms").asDouble(),
        window.toString());
    // Every pattern on orders was held up (a session each); the one held up most comes first.
    double previous = Double.MAX_VALUE;
    for (JsonNode p : rehearsal.get("window_latency")) {
      double increase = p.get("max_increase_ms").asDouble();
      assertTrue(increase <= previous, rehearsal.get("window_latency").toString());
      previous = increase;
    }
    assertTrue(window.at("/baseline/statements").asLong() > 0, window.toString());

    JsonNode alter = statement(rehearsal, "ALTER TABLE");
    assertEquals("ACCESS EXCLUSIVE", alter.at("/locks/0/longest_blocking_mode").asText());
    assertEquals("orders", alter.at("/locks/0/relation").asText());
    JsonNode update = statement(rehearsal, "UPDATE orders");
    assertEquals("orders", update.at("/inside_transaction_of/0/relation").asText());
    assertTrue(
        update.at("/advice/0").asText().startsWith("backfill outside the DDL's transaction"),
        update.toString());

    // The advice proven: the same statements, the ALTER committed before the backfill, rehearsed
    // under the same traffic on a fresh clone; the verdict stays the migration's as written.
    JsonNode proof = rehearsal.get("rewrite_proof");
    assertEquals("PROVEN", proof.get("outcome").asText(), proof.toString());
    assertEquals(
        List.of(
            "BEGIN",
            "ALTER TABLE orders ADD COLUMN note text",
            "COMMIT",
            "UPDATE orders SET note = status FROM (SELECT pg_sleep(2)) AS slow"),
        texts(proof.get("statements")));
    assertFalse(proof.get("lock_risk").asBoolean(), proof.toString());
    assertTrue(
        proof.get("max_blocked_ms").asLong() * 4 < proof.get("original_max_blocked_ms").asLong(),
        proof.toString());
    assertTrue(
        proof.at("/changes/0/reason").asText().contains("batching the backfill is not mechanical"),
        proof.toString());

    JsonNode orders = rehearsal.at("/tables/0");
    assertEquals("orders", orders.get("relation").asText());
    assertEquals(25_000, orders.get("rows").asLong());
    assertFalse(orders.get("rewritten").asBoolean(), "a column without default: no rewrite");
    assertTrue(orders.get("scanned_in_full").asBoolean(), "the UPDATE read every row");

    String terminal = run.cli.stdout();
    assertTrue(terminal.contains("Scry verdict: REGRESSION (exit 5)"), terminal);
    assertTrue(terminal.contains("LOCK RISK ACCESS EXCLUSIVE on orders held"), terminal);
    assertTrue(
        terminal.contains("blocked select id, status, total from orders where id"), terminal);
    assertTrue(terminal.matches("(?s).*\n  rewrite: \\d+ ms blocked instead of \\d.*"), terminal);
    assertTrue(terminal.contains("  latency while the migration ran (from the lead on)"), terminal);
    String junit = Files.readString(run.reports.resolve("scry-report.xml"));
    assertTrue(junit.contains("type=\"LOCK_RISK\""), junit);
    String markdown = Files.readString(run.reports.resolve("scry-report.md"));
    assertTrue(markdown.contains("**LOCK RISK** ACCESS EXCLUSIVE on orders"), markdown);
    assertTrue(markdown.contains("- **rewrite: "), markdown);
    String html = Files.readString(run.reports.resolve("scry-report.html"));
    assertTrue(html.contains("LOCK RISK ACCESS EXCLUSIVE on orders"), "html");
    assertTrue(html.contains("traffic sessions blocked by the migration over time"), "html chart");
    assertNoClonesLeft();
  }

  @Test
  void theSameMigrationWithItsBackfillBatchedOutsideTheTransactionIsSafeEveryTime()
      throws Exception {
    for (int i = 0; i < 3; i++) {
      Run run =
          gate(
              "batched-" + i,
              "ALTER TABLE orders ADD COLUMN note text;",
              "UPDATE orders SET note = status WHERE id BETWEEN 1 AND 8000;",
              "SELECT pg_sleep(0.5);",
              "UPDATE orders SET note = status WHERE id BETWEEN 8001 AND 16000;",
              "SELECT pg_sleep(0.5);",
              "UPDATE orders SET note = status WHERE id BETWEEN 16001 AND 25000;");

      assertEquals(ScryCli.EXIT_OK, run.cli.exit(), "run " + i + ":\n" + run.cli.output());
      JsonNode rehearsal = run.report.get("rehearsal");
      assertFalse(rehearsal.get("lock_risk").asBoolean(), rehearsal.toString());
      assertTrue(rehearsal.get("max_blocked_ms").asLong() < 1000, rehearsal.toString());
      assertNotNull(rehearsal.get("migration_window").get("start"), "the monitor saw it run");
      assertEquals(0, rehearsal.get("notes").size(), rehearsal.get("notes").toString());
      assertTrue(rehearsal.get("window_latency").size() > 0, rehearsal.toString());
      assertTrue(run.cli.stdout().contains("  latency while the migration ran"), run.cli.stdout());
      assertTrue(
          run.cli.stdout().contains("no lock risk: rehearsal under traffic"), run.cli.stdout());
    }
    assertNoClonesLeft();
  }

  @Test
  void rewriteOnTheMigrationCommandsSecondConnectionIsTheMigrations() throws Exception {
    Path script = tmp.resolve("two-connections.sh");
    Files.writeString(
        script,
        "psql -X -q -v ON_ERROR_STOP=1 -c 'SELECT 1' >/dev/null\n"
            + "psql -X -q -v ON_ERROR_STOP=1 -c 'BEGIN'"
            + " -c 'ALTER TABLE orders ALTER COLUMN customer_id TYPE bigint'"
            + " -c 'SELECT pg_sleep(1.5)'"
            + " -c 'COMMIT'\n");

    // Without the latency comparison: the window is not replayed again, and nothing is reported.
    Run run =
        gate(
            "two-connections", List.of("--no-rehearsal-latency"), List.of("sh", script.toString()));

    assertEquals(ScryCli.EXIT_REGRESSION, run.cli.exit(), run.cli.output());
    JsonNode rehearsal = run.report.get("rehearsal");
    JsonNode exclusive = risk(rehearsal, "EXCLUSIVE");
    assertEquals(
        "ALTER TABLE orders ALTER COLUMN customer_id TYPE bigint",
        exclusive.get("statement").asText(),
        "the lock of the second connection is the migration's, not the traffic's");
    assertTrue(rehearsal.at("/tables/0/rewritten").asBoolean(), rehearsal.get("tables").toString());
    JsonNode alter = statement(rehearsal, "ALTER TABLE orders ALTER COLUMN");
    assertTrue(
        alter.at("/advice/0").asText().startsWith("add a new column, backfill it in batches"),
        alter.toString());
    JsonNode proof = rehearsal.get("rewrite_proof");
    assertEquals("NOT_MECHANICAL", proof.get("outcome").asText(), proof.toString());
    assertEquals(
        "ALTER TABLE orders ALTER COLUMN customer_id TYPE bigint: a type change needs add-column +"
            + " batched backfill + swap",
        proof.at("/not_mechanical/0").asText());
    assertTrue(run.cli.stdout().contains("  no mechanical rewrite: ALTER TABLE orders"));
    assertEquals(0, rehearsal.get("window_latency").size(), rehearsal.toString());
    assertFalse(run.cli.stdout().contains("replaying the same window"), run.cli.stdout());
    assertNoClonesLeft();
  }

  @Test
  void migrationHangingOnALockIsBoundedByTheTimeoutAndSaysWhatItWaitedFor() throws Exception {
    Path script = tmp.resolve("hangs.sh");
    Files.writeString(
        script,
        "psql -X -q -c 'BEGIN' -c 'LOCK TABLE orders' -c 'SELECT pg_sleep(600)' &\n"
            + "sleep 1\n"
            + "psql -X -q -c 'ALTER TABLE orders ADD COLUMN never int'\n");

    long start = System.nanoTime();
    Run run = gate("hangs", List.of("--timeout", "6"), List.of("sh", script.toString()));
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;

    assertEquals(ScryCli.EXIT_TOOL_ERROR, run.cli.exit(), run.cli.output());
    assertTrue(
        run.cli
            .stderr()
            .startsWith(
                "error: the migration command did not finish within 6 s in the rehearsal under"
                    + " replayed traffic\n"),
        run.cli.stderr());
    assertTrue(
        run.cli
            .stderr()
            .matches(
                "(?s).*the migration waited \\d+ ms for ACCESS EXCLUSIVE on orders behind"
                    + " .*pid \\d+ \\(the migration's own session\\).*"),
        run.cli.stderr());
    assertTrue(seconds < 30, "bounded by the timeout, took " + seconds + " s");
    assertNoClonesLeft();
  }

  @Test
  void migrationFailingInTheRehearsalIsAToolErrorAndLeavesNoClone() throws Exception {
    Run run = gate("failing", "ALTER TABLE no_such_table ADD COLUMN x int;");

    assertEquals(ScryCli.EXIT_TOOL_ERROR, run.cli.exit(), run.cli.output());
    assertTrue(
        run.cli
            .stderr()
            .startsWith(
                "error: the migration command failed with exit code 3 in the rehearsal under"
                    + " replayed traffic\n"),
        run.cli.stderr());
    assertTrue(run.cli.stderr().contains("no_such_table"), run.cli.stderr());
    assertNoClonesLeft();
  }

  private static Run gate(String name, String... migrationSql) throws Exception {
    return gate(name, List.of(), GateCommand.psqlScript(tmp, name, migrationSql));
  }

  private static Run gate(String name, List<String> options, List<String> migration)
      throws Exception {
    Path reports = tmp.resolve("reports-" + name);
    CliRun cli =
        CliRun.of(
            GateCommand.of(capture)
                .options("--shadow", PG.url("shadow"), "--rounds", "1", "--no-calibrate")
                .options("--config", config.toString(), "--rehearsal-lead", "1s")
                .options("--report-dir", reports.toString())
                .options(options)
                .migration(migration));
    Path json = reports.resolve("scry-report.json");
    JsonNode report = Files.exists(json) ? new ObjectMapper().readTree(json.toFile()) : null;
    return new Run(cli, reports, report);
  }

  private static JsonNode risk(JsonNode rehearsal, String kind) {
    return first(
        rehearsal, "risks", r -> r.get("kind").asText().equals(kind), "no " + kind + " risk");
  }

  private static JsonNode blockedPattern(JsonNode rehearsal, String sqlPart) {
    return first(
        rehearsal, "blocked_patterns", patternContaining(sqlPart), "no blocked " + sqlPart);
  }

  private static JsonNode windowLatency(JsonNode rehearsal, String sqlPart) {
    return first(rehearsal, "window_latency", patternContaining(sqlPart), "no " + sqlPart);
  }

  /** Matches a report entry of a query pattern whose text contains {@code sqlPart}. */
  private static Predicate<JsonNode> patternContaining(String sqlPart) {
    return entry -> entry.get("pattern").asText().contains(sqlPart);
  }

  private static JsonNode statement(JsonNode rehearsal, String sqlStart) {
    return first(
        rehearsal,
        "statements",
        s -> s.get("sql").asText().startsWith(sqlStart),
        "no statement " + sqlStart);
  }

  /**
   * The first element of the rehearsal's array {@code field} that {@code matches}: every lookup of
   * a risk, pattern or statement in the report fails the same way, naming what it did not find
   * ({@code missing}) and the array it looked in.
   */
  private static JsonNode first(
      JsonNode rehearsal, String field, Predicate<JsonNode> matches, String missing) {
    for (JsonNode element : rehearsal.get(field)) {
      if (matches.test(element)) {
        return element;
      }
    }
    throw new AssertionError(missing + " in " + rehearsal.get(field));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static void assertNoClonesLeft() {
    assertEquals(List.of(), GateDatabases.on(PG));
  }

  private record Run(CliRun cli, Path reports, JsonNode report) {}
}
