package io.scry.cli.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.jobs.JobOutcome;
import io.scry.coordinator.jobs.JobSpec;
import io.scry.coordinator.jobs.JobState;
import io.scry.proxy.ProxyConfig;
import io.scry.proxy.ProxyServer;
import io.scry.testsupport.PostgresExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A capture taken through the proxy knows the database it came from; a job that would replay it
 * there fails before a single statement runs, unless forced.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ProductionTargetIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  @TempDir static Path tmp;
  private static Path capture;
  private static LocalCluster cluster;

  @BeforeAll
  static void captureProduction() throws Exception {
    PG.createDatabase("prod");
    PG.createDatabase("shadow_copy");
    for (String db : List.of("prod", "shadow_copy")) {
      PG.execute(db, "CREATE TABLE hits (n int)");
    }
    capture = tmp.resolve("capture");
    try (ProxyServer proxy =
        ProxyServer.startCapturing(PG.host(), PG.port(), capture, ProxyConfig.DEFAULT_PROXY_ID)) {
      String url =
          "jdbc:postgresql://127.0.0.1:" + proxy.localAddress().getPort() + "/prod?sslmode=disable";
      try (Connection c =
          DriverManager.getConnection(url, PostgresExtension.USER, PostgresExtension.PASSWORD)) {
        for (int i = 0; i < 5; i++) {
          c.createStatement().execute("INSERT INTO hits VALUES (" + i + ")");
        }
      }
    }
    cluster = LocalCluster.start(LocalCluster.Config.of(1, tmp.resolve("store")));
    cluster.awaitWorkersUp(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aJobOnTheCapturedDatabaseFailsBeforeReplayingAnything() throws Exception {
    long before = rows("prod");
    JobOutcome outcome = run(JobSpec.stress(capture.toString(), List.of(PG.url("prod"))));

    assertEquals(JobState.FAILED, outcome.status().state());
    assertTrue(
        outcome.status().reason().contains("is the database the capture was taken from"),
        outcome.status().reason());
    assertEquals(before, rows("prod"), "nothing was replayed on production");
  }

  @Test
  void aJobOnAnotherDatabaseOrAForcedOneRuns() throws Exception {
    assertEquals(
        JobState.DONE,
        run(JobSpec.stress(capture.toString(), List.of(PG.url("shadow_copy")))).status().state());
    assertEquals(5, rows("shadow_copy"));
    long before = rows("prod");

    JobSpec forced =
        JobSpec.builder(capture.toString(), List.of(PG.url("prod")))
            .mode(io.scry.protocol.replay.ReplayMode.STRESS)
            .forceProductionTarget(true)
            .build();
    assertEquals(JobState.DONE, run(forced).status().state());
    assertEquals(before + 5, rows("prod"));
  }

  private static JobOutcome run(JobSpec spec) throws Exception {
    return cluster.awaitOutcome(cluster.submit(spec), Duration.ofSeconds(60));
  }

  private static long rows(String db) throws Exception {
    try (Connection c = PG.connect(db);
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM hits")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
