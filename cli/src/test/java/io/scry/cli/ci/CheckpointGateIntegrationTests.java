package io.scry.cli.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scry.cli.CliRun;
import io.scry.cli.cluster.LocalCluster;
import io.scry.coordinator.api.Json;
import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.jobs.JobOutcome;
import io.scry.coordinator.jobs.JobSpec;
import io.scry.coordinator.jobs.JobState;
import io.scry.coordinator.shadow.CheckpointAlignment;
import io.scry.coordinator.shadow.ShadowCheckpoint;
import io.scry.coordinator.shadow.ShadowCheckpoints;
import io.scry.protocol.v1.ErrorCount;
import io.scry.protocol.v1.ReplayResult;
import io.scry.proxy.ProxyServer;
import io.scry.testsupport.LogicalReplicationServers;
import io.scry.testsupport.PostgresExtension;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay on a shadow checkpoint replays only the traffic the checkpoint does not hold. The
 * capture spans the checkpoint: 40 inserts before it, a transaction open across it, 40 inserts
 * after. Replayed on the checkpoint whole, the first 40 collide with the rows it holds (duplicate
 * keys the capture never had); aligned with it, none does; and the gate aligns itself with {@code
 * --shadow-checkpoint}.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class CheckpointGateIntegrationTests {
  @RegisterExtension static final LogicalReplicationServers PG = new LogicalReplicationServers();

  private static final String TOKEN = "checkpoint-test-token";

  /** A role whose password the API's answers must never echo. */
  private static final String ROLE = "scry_api_probe";

  private static final String PASSWORD = "Kp4-api-Pw";

  @TempDir static Path tmp;
  private static Path capture;
  private static LocalCluster cluster;

  @BeforeAll
  static void captureAcrossACheckpoint() throws Exception {
    PG.source().createDatabase("shop");
    PG.source().execute("shop", "CREATE TABLE items (id int PRIMARY KEY, note text)");
    PG.shadow().createDatabase("shop_shadow");
    // The embedded server trusts local connections: what matters is where the password travels.
    PG.shadow()
        .execute(
            "postgres", "CREATE ROLE " + ROLE + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'");
    CliRun init =
        CliRun.of("shadow", "init", "--source", PG.source().url("shop"), "--shadow", shadowUrl());
    assertEquals(0, init.exit(), init.output());

    capture = tmp.resolve("capture");
    try (ProxyServer proxy =
        ProxyServer.startCapturing("127.0.0.1", PG.source().port(), capture, "shop")) {
      String url = "jdbc:postgresql://127.0.0.1:" + proxy.localAddress().getPort() + "/shop";
      try (Connection before = connect(url);
          Connection across = connect(url);
          Connection after = connect(url)) {
        insert(before, 1, 40);
        across.setAutoCommit(false);
        insert(across, 81, 81); // committed after the checkpoint: not in it
        CliRun checkpoint =
            CliRun.of("shadow", "checkpoint", "before_release", "--shadow", shadowUrl());
        assertEquals(0, checkpoint.exit(), checkpoint.output());
        across.commit();
        insert(after, 41, 80);
      }
    }
  }

  @AfterAll
  static void stopTheCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void replayedWholeTheCheckpointCollidesWithItsOwnRowsAlignedNothingDoes() throws Exception {
    ShadowCheckpoint checkpoint =
        ShadowCheckpoints.find(DatabaseUrl.parse(shadowUrl()), "before_release").orElseThrow();
    JobSpec whole = JobSpec.stress(capture.toString(), List.of(cloneOfCheckpoint("whole")));
    JobSpec aligned =
        JobSpec.stress(capture.toString(), List.of(cloneOfCheckpoint("aligned"))).toBuilder()
            .afterCheckpoint(unixNanos(checkpoint.sourceTimeUpper()))
            .build();

    ReplayResult misaligned = replay(cluster().submit(whole));
    ReplayResult right = replay(cluster().submit(aligned));

    assertEquals(40, duplicateKeys(misaligned), "the 40 inserts the checkpoint holds");
    assertEquals(0, duplicateKeys(right));
    assertEquals(40, right.getStatementsInCheckpoint());
    assertEquals(43, right.getStatements(), "the 40 inserts after it and BEGIN, INSERT, COMMIT");
  }

  @Test
  void aJobThroughTheApiNamesTheCheckpointAndIsCutAsTheGateCutsIt() throws Exception {
    String shadow =
        "postgres://" + ROLE + ":" + PASSWORD + "@127.0.0.1:" + PG.shadow().port() + "/shop_shadow";
    ShadowCheckpoint checkpoint =
        ShadowCheckpoints.find(DatabaseUrl.parse(shadowUrl()), "before_release").orElseThrow();

    HttpResponse<String> accepted = submit(shadow, "before_release");
    HttpResponse<String> unknown = submit(shadow, "nope");
    HttpResponse<String> alone =
        post(
            Map.of(
                "capture", capture.toString(), "targets", List.of(shadowUrl()), "shadow", shadow));

    assertEquals(201, accepted.statusCode(), accepted.body());
    JsonNode job = Json.MAPPER.readTree(accepted.body());
    assertEquals(
        CheckpointAlignment.replayAfterUnixNanos(checkpoint),
        job.at("/spec/afterCheckpointUnixNanos").asLong(),
        accepted.body());
    ReplayResult replayed = replay(job.get("id").asText());
    assertEquals(0, duplicateKeys(replayed));
    assertEquals(40, replayed.getStatementsInCheckpoint());
    assertEquals(43, replayed.getStatements());

    assertEquals(400, unknown.statusCode(), unknown.body());
    String error = Json.MAPPER.readTree(unknown.body()).get("error").asText();
    assertTrue(error.startsWith("the shadow postgres://" + ROLE + "@127.0.0.1:"), unknown.body());
    assertTrue(error.contains("has no checkpoint 'nope' (shadowCheckpoint)"), error);
    assertTrue(
        error.endsWith("take one with scry-cluster shadow checkpoint nope --shadow URL"), error);
    assertEquals(400, alone.statusCode(), alone.body());
    assertTrue(alone.body().contains("shadowCheckpoint is required with shadow"), alone.body());
    for (HttpResponse<String> response : List.of(accepted, unknown, alone)) {
      assertFalse(response.body().contains(PASSWORD), response.body());
    }
  }

  private static HttpResponse<String> submit(String shadow, String checkpoint) throws Exception {
    return post(
        Map.of(
            "capture",
            capture.toString(),
            "targets",
            List.of(cloneOfCheckpoint("api_" + checkpoint)),
            "mode",
            "stress",
            "shadow",
            shadow,
            "shadowCheckpoint",
            checkpoint));
  }

  private static HttpResponse<String> post(Map<String, Object> job) throws Exception {
    URI jobs =
        URI.create(
            "http://127.0.0.1:" + cluster().coordinator().httpAddress().getPort() + "/api/v1/jobs");
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(jobs)
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(job)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** One cluster, with the HTTP API, for the tests that replay jobs; started on first use. */
  private static synchronized LocalCluster cluster() throws Exception {
    if (cluster == null) {
      cluster =
          LocalCluster.start(
              new LocalCluster.Config(
                  1,
                  tmp.resolve("store"),
                  null,
                  new InetSocketAddress("127.0.0.1", 0),
                  null,
                  TOKEN));
      cluster.awaitWorkersUp(Duration.ofSeconds(60));
    }
    return cluster;
  }

  @Test
  void theGateOnTheCheckpointReplaysOnlyWhatItDoesNotHold() throws Exception {
    JsonNode report =
        gate("aligned", "--shadow", shadowUrl(), "--shadow-checkpoint", "before_release");

    assertEquals(40, report.at("/run/statements_in_checkpoint").asLong(), report.toString());
    // The 40 inserts after it, and the transaction open across it (BEGIN, INSERT, COMMIT).
    assertEquals(43, report.at("/run/statements_per_round").asLong(), report.toString());
  }

  @Test
  void anUnknownCheckpointFailsBeforeAnythingIsCloned() {
    CliRun run =
        CliRun.of(
            GateCommand.of(capture)
                .options("--shadow", shadowUrl(), "--shadow-checkpoint", "nope")
                // A tool error writes its reports too: not into the module's directory.
                .options("--report-dir", tmp.resolve("reports-unknown").toString())
                .migration("true"));

    assertEquals(1, run.exit(), run.output());
    assertTrue(
        run.firstErrorLine().startsWith("error: the shadow postgres://postgres@127.0.0.1:"),
        run.output());
    assertTrue(
        run.firstErrorLine().endsWith("has no checkpoint 'nope' (--shadow-checkpoint)"),
        run.output());
  }

  private static ReplayResult replay(String id) throws Exception {
    JobOutcome outcome = cluster().awaitOutcome(id, Duration.ofMinutes(2));
    assertEquals(JobState.DONE, outcome.status().state(), outcome.status().reason());
    return outcome.result(1, 0).orElseThrow();
  }

  private static long duplicateKeys(ReplayResult result) {
    return result.getPatternsList().stream()
        .flatMap(p -> p.getErrorsList().stream())
        .filter(e -> e.getSqlstate().equals("23505"))
        .mapToLong(ErrorCount::getCount)
        .sum();
  }

  private static String cloneOfCheckpoint(String name) throws Exception {
    PG.shadow()
        .execute("postgres", "CREATE DATABASE " + name + " TEMPLATE scry_ckpt_before_release");
    return PG.shadow().url(name);
  }

  private static long unixNanos(Instant instant) {
    return TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
  }

  private static JsonNode gate(String name, String... shadow) throws Exception {
    Path reports = tmp.resolve(name);
    // These gates are about which statements are replayed; their latency is not judged: one
    // uncalibrated round of 40 sub-millisecond inserts is noise on a shared machine (a full build
    // once saw the candidate's round take 503 ms against the baseline's 219 ms, exit 5).
    Path config =
        Files.writeString(
            tmp.resolve(name + "-scry.yaml"), "thresholds:\n  latency_regression_abs_ms: 100\n");
    CliRun run =
        CliRun.of(
            GateCommand.of(capture)
                .options("--config", config.toString())
                .options("--mode", "stress", "--rounds", "1", "--no-calibrate", "--no-rehearsal")
                .options("--format", "json", "--report-dir", reports.toString())
                .options(shadow)
                .migration("true"));
    assertEquals(0, run.exit(), run.output());
    return Json.MAPPER.readTree(Files.readString(reports.resolve("scry-report.json")));
  }

  private static String shadowUrl() {
    return PG.shadow().url("shop_shadow");
  }

  private static Connection connect(String url) throws Exception {
    return DriverManager.getConnection(url, PostgresExtension.USER, PostgresExtension.PASSWORD);
  }

  private static void insert(Connection connection, int from, int to) throws Exception {
    try (Statement s = connection.createStatement()) {
      for (int id = from; id <= to; id++) {
        s.executeUpdate("INSERT INTO items VALUES (" + id + ", 'n" + id + "')");
      }
    }
  }
}
