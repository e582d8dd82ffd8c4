package io.scry.cli.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scry.cli.CliRun;
import io.scry.cli.ScryCli;
import io.scry.protocol.segment.CaptureSummary;
import io.scry.testsupport.PostgresExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate on real traffic from a real client, far above the replay's buffers: pgbench's default
 * TPC-B mix (8 sessions queueing on one branch row, the hot-row case) and a 100,000-statement
 * select-only capture, both captured through the proxy. A no-op migration passes every pattern in
 * stress and timed mode, the replay's own lock waits never count as errors, each replay takes about
 * the captured time; a dropped primary key regresses exactly the patterns that used it.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class PgbenchGateIntegrationTests {
  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  private static final Pattern REPLAY_LINE =
      Pattern.compile(
          "scry: (?:warm-up|round \\d+) (\\w+): ([\\d,]+) statements in [\\d,]+ sessions,"
              + " ([\\d,]+) ms");

  /** One measured round, no A/A clone: four replays per gate instead of eight. */
  private static final List<String> ONE_ROUND = List.of("--rounds", "1", "--no-calibrate");

  @TempDir static Path tmp;
  private static Path tpcb;
  private static CaptureSummary tpcbSummary;
  private static Path tpcbPaced;
  private static CaptureSummary tpcbPacedSummary;
  private static Path throttled;
  private static Path selectOnly;
  private static CaptureSummary selectOnlySummary;

  @BeforeAll
  static void capture() throws Exception {
    PgbenchCapture.assumeInstalled();
    PgbenchCapture.initialize(PG, "bank", 1);
    // 15,000 accounts: without its key, a lookup scans the table (2-3 ms against 0.3 ms: above the
    // 1 ms floor), slow enough to show and cheap enough at the throttled rate not to load the two
    // cores PostgreSQL and the replay share.
    PG.execute("bank", "DELETE FROM pgbench_accounts WHERE aid > 15000", "VACUUM ANALYZE");
    tpcb = tmp.resolve("tpcb");
    tpcbSummary = PgbenchCapture.record(PG, "bank", tpcb, "-c", "8", "-T", "3");
    // Timed mode keeps a capture's pace only where the machine can replay faster than it was
    // captured: pgbench at full speed saturates these two cores (about 770 transactions a second),
    // and a replay of that, which does more per statement than pgbench, cannot follow it within
    // half again its span on the same cores (4.8-5.0 s for 3.0 s was seen once). At 400 a second
    // it can, and the hot branch row still queues the eight sessions.
    tpcbPaced = tmp.resolve("tpcb-paced");
    tpcbPacedSummary =
        PgbenchCapture.record(PG, "bank", tpcbPaced, "-c", "8", "-R", "400", "-T", "3");
    throttled = tmp.resolve("tpcb-throttled");
    PgbenchCapture.record(PG, "bank", throttled, "-c", "8", "-R", "60", "-T", "5");
    selectOnly = tmp.resolve("select-only");
    selectOnlySummary =
        PgbenchCapture.record(
            PG, "bank", selectOnly, "-S", "-M", "prepared", "-c", "4", "-t", "25000");
  }

  @Test
  void tpcbWithANoOpMigrationIsSafeInStressModeWithoutLockStalls() throws Exception {
    Gate gate = gate("tpcb-stress", tpcb, "stress", ONE_ROUND, "SELECT 1;");

    gate.assertEveryPatternPassed();
    gate.assertNoErrors();
    gate.assertEachReplayWithin(tpcbSummary, 2.0);
  }

  @Test
  void tpcbWithANoOpMigrationIsSafeInTimedModeAtTheCapturedPace() throws Exception {
    // The gate's defaults (2 rounds, an A/A clone): on two loaded cores, timed sessions drift and a
    // read racing another session's write on the same account can return another balance; the
    // rounds and the A/A clone show such results to vary by themselves.
    Gate gate = gate("tpcb-timed", tpcbPaced, "timed", List.of(), "SELECT 1;");

    gate.assertEveryPatternPassed();
    gate.assertNoErrors();
    gate.assertEachReplayWithin(tpcbPacedSummary, 1.5);
  }

  /**
   * The gate's defaults (2 rounds and an A/A clone): one uncalibrated round of 190 statements per
   * pattern leaves a p99 to one or two samples, and a neighbour's hiccup can push one over its
   * limit. About 300 transactions a round: the update by aid passes the 1 ms floor only at its
   * tail, and a p99 is judged with 500 samples or more (5 above it). Timed, at 60 transactions per
   * second: in stress mode (or at a much higher rate) the scans load the two cores that PostgreSQL
   * and the replay share, transactions last longer and queue longer on the hot branch row, and
   * every pattern slows down with them: true of such a machine, and reported as such, but not what
   * this test is about.
   */
  @Test
  void tpcbWithoutTheAccountsKeyRegressesTheAccountPatternsOnly() throws Exception {
    Gate gate =
        gate(
            "tpcb-no-pkey",
            throttled,
            "timed",
            // Which patterns regress is under test; TestMigrationCommandIntegrationTests proves
            // the index advice, which here would add two timed replays.
            List.of("--no-advice-proof"),
            "ALTER TABLE pgbench_accounts DROP CONSTRAINT pgbench_accounts_pkey;");

    assertEquals(ScryCli.EXIT_REGRESSION, gate.run.exit(), gate.run.output());
    Set<String> regressed = new TreeSet<>();
    for (JsonNode p : gate.report.get("patterns")) {
      if (p.get("status").asText().equals("REGRESSED")) {
        regressed.add(p.get("normalized_sql").asText());
      }
    }
    assertTrue(
        regressed.stream().filter(sql -> sql.contains("pgbench_accounts")).count() == 2,
        "the accounts read and update by aid: " + regressed + "\n" + gate.run.stdout());
    // The other updates of a TPC-B transaction may regress too, and rightly: they wait on the row
    // locks of transactions that the scan of accounts keeps open longer (tellers p95 1.2 -> 7.4 ms
    // on a busy machine). Nothing outside those transactions' updates may.
    assertTrue(
        regressed.stream()
            .allMatch(
                sql ->
                    sql.contains("pgbench_accounts")
                        || sql.startsWith("update pgbench_tellers")
                        || sql.startsWith("update pgbench_branches")),
        regressed.toString());
    gate.assertNoErrors();
  }

  @Test
  void aHundredThousandStatementCaptureIsSafeAndReplaysInAboutItsCapturedTime() throws Exception {
    assertTrue(selectOnlySummary.events() >= 100_000, "events: " + selectOnlySummary.events());

    Gate gate = gate("select-only", selectOnly, "stress", ONE_ROUND, "SELECT 1;");

    gate.assertEveryPatternPassed();
    gate.assertNoErrors();
    gate.assertEachReplayWithin(selectOnlySummary, 2.0);
    assertTrue(
        gate.replayMillis().size() >= 4 && gate.statements().stream().allMatch(n -> n >= 100_000),
        gate.progress);
  }

  private static Gate gate(
      String name, Path capture, String mode, List<String> options, String migrationSql)
      throws Exception {
    Path reports = tmp.resolve("reports-" + name);
    String[] args =
        GateCommand.of(capture)
            .options("--shadow", PG.url("bank"), "--no-rehearsal", "--format", "terminal,json")
            .options("--report-dir", reports.toString())
            .options("--mode", mode)
            .options(options)
            .migration(GateCommand.psqlScript(tmp, name, migrationSql));
    // The gate's progress lines go to standard output, before its terminal report.
    CliRun run = CliRun.of(args);
    Path json = reports.resolve("scry-report.json");
    assertTrue(Files.exists(json), run.output());
    return new Gate(run, run.stdout(), new ObjectMapper().readTree(json.toFile()));
  }

  private record Gate(CliRun run, String progress, JsonNode report) {

    /**
     * Exit 0, and every pattern with enough statements to be judged passed (pgbench's own set-up
     * statements run once and are inconclusive).
     */
    void assertEveryPatternPassed() {
      List<String> notPassed = new ArrayList<>();
      for (JsonNode p : report.get("patterns")) {
        boolean judged =
            p.get("count").asLong() >= report.at("/thresholds/min_query_count").asLong();
        if (!p.get("status").asText().equals(judged ? "PASSED" : "INCONCLUSIVE")) {
          notPassed.add(p.toString());
        }
      }
      assertEquals(List.of(), notPassed, run.output());
      assertEquals(ScryCli.EXIT_OK, run.exit(), run.output());
    }

    /** No pattern has an error on either side: the replay's own lock waits are artifacts. */
    void assertNoErrors() {
      for (JsonNode p : report.get("patterns")) {
        assertEquals(0, p.get("errors").size(), p.toString());
        assertFalse(p.at("/replay_artifacts/uncomparable").asBoolean(), p.toString());
      }
    }

    /** Each measured replay (not the warm-ups, the first of which also warms the JVM). */
    void assertEachReplayWithin(CaptureSummary capture, double factor) {
      double capturedMs = capture.span().toMillis();
      List<Long> replays = replayMillis();
      for (long ms : replays.subList(2, replays.size())) {
        assertTrue(
            ms <= capturedMs * factor,
            "a replay took " + ms + " ms for " + capturedMs + " ms captured:\n" + progress);
      }
    }

    List<Long> replayMillis() {
      return replayLines(3);
    }

    List<Long> statements() {
      return replayLines(2);
    }

    private List<Long> replayLines(int group) {
      List<Long> values = new ArrayList<>();
      Matcher line = REPLAY_LINE.matcher(progress);
      while (line.find()) {
        values.add(Long.parseLong(line.group(group).replace(",", "")));
      }
      assertFalse(values.isEmpty(), progress);
      return values;
    }
  }
}
