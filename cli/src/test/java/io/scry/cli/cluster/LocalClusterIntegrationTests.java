package io.scry.cli.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.jobs.JobOutcome;
import io.scry.coordinator.jobs.JobSpec;
import io.scry.coordinator.jobs.JobState;
import io.scry.coordinator.plan.EventSelection;
import io.scry.protocol.replay.SessionKey;
import io.scry.protocol.synthetic.SyntheticCapture;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ReplayResult;
import io.scry.testsupport.PostgresExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coordinator and two workers, each its own actor system in this JVM, replay captures. Messages
 * between them cross Artery on loopback, serialized and over TLS with the cluster's key, as between
 * machines.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LocalClusterIntegrationTests {

  private static final int PATTERNS = 20_000;

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  @TempDir Path tmp;

  @Test
  void twoWorkersReplayEveryStatementOfTheCaptureExactlyOnce() throws Exception {
    PG.createDatabase("control_a");
    PG.createDatabase("target_a");
    PG.execute("target_a", SyntheticCapture.ITEMS_SCHEMA);
    SyntheticCapture capture = SyntheticCapture.items(8, 30, 2);
    Path segments = tmp.resolve("segments");
    capture.write(segments);
    Map<Long, Long> expected = capture.countsByFingerprint();
    long inserts = capture.statements(s -> s.getSql().startsWith("INSERT"));

    try (LocalCluster cluster =
        LocalCluster.start(
            new LocalCluster.Config(
                2, tmp.resolve("store"), PG.url("control_a"), null, null, null))) {
      cluster.awaitWorkersUp(Duration.ofSeconds(30));
      for (var system :
          List.of(cluster.coordinator().system(), cluster.workers().get(0).system())) {
        assertEquals(
            "tls-tcp", system.settings().config().getString("pekko.remote.artery.transport"));
      }
      String id =
          cluster.submit(
              JobSpec.stress(segments.toString(), List.of(PG.url("target_a"))).withRounds(2));
      JobOutcome outcome = cluster.awaitOutcome(id, Duration.ofSeconds(60));

      assertEquals(JobState.DONE, outcome.status().state(), outcome.status().reason());
      assertEquals(2, outcome.results().size());
      for (int round = 1; round <= 2; round++) {
        ReplayResult merged = outcome.result(round, 0).orElseThrow();
        assertEquals(capture.statements(), merged.getStatements());
        assertEquals(8, merged.getSessions());
        assertEquals(expected, SyntheticCapture.countsByFingerprint(merged));
        // Round 1 inserts every row; in round 2 every insert hits the primary key.
        long errors =
            merged.getPatternsList().stream().mapToLong(PatternResult::getErrorCount).sum();
        assertEquals(round == 1 ? 0 : inserts, errors);
      }
    }
    try (Connection c = PG.connect("target_a");
        ResultSet rows = c.createStatement().executeQuery("SELECT count(*) FROM items")) {
      rows.next();
      assertEquals(inserts, rows.getLong(1));
    }
  }

  @Test
  void aNamedCaptureInTheStoreReplaysItsSampledSessionsOnly() throws Exception {
    PG.createDatabase("control_b");
    PG.createDatabase("target_b");
    PG.execute("target_b", SyntheticCapture.ITEMS_SCHEMA);
    SyntheticCapture capture = SyntheticCapture.items(40, 4, 1);
    Path store = tmp.resolve("store-b");
    // The store keeps a capture as captures/NAME/PROXY/segment files.
    capture.write(store.resolve("captures").resolve("orders").resolve("proxy-a"));
    long sampledSessions =
        java.util.stream.LongStream.range(0, 40)
            .filter(
                s ->
                    new EventSelection(Long.MIN_VALUE, Long.MAX_VALUE, 50)
                        .sampled(new SessionKey("proxy-a", s)))
            .count();

    JobOutcome outcome =
        runToDone(
            2,
            store,
            "control_b",
            JobSpec.stress("orders", List.of(PG.url("target_b"))).withSamplePct(50));

    ReplayResult merged = outcome.result(1, 0).orElseThrow();
    assertTrue(sampledSessions > 5 && sampledSessions < 35, "sampled " + sampledSessions);
    assertEquals(sampledSessions, merged.getSessions());
    assertEquals(sampledSessions * 4, merged.getStatements());
  }

  /**
   * Captured statements of a MiB each (a bulk insert, a query built with a long IN list) reach a
   * worker on another node whole, although one cluster message may carry only 256 KiB.
   */
  @Test
  void statementsOfAMebibyteReachAWorkerOnAnotherNode() throws Exception {
    PG.createDatabase("control_large");
    PG.createDatabase("target_large");
    SyntheticCapture capture = SyntheticCapture.largeStatements(2, 3, 1024 * 1024);

    ReplayResult merged = stressReplay(capture, 1, "control_large", "target_large");

    assertEquals(6, merged.getStatements());
    assertEquals(capture.countsByFingerprint(), SyntheticCapture.countsByFingerprint(merged));
    assertEquals(
        0, merged.getPatternsList().stream().mapToLong(PatternResult::getErrorCount).sum());
  }

  /**
   * A shard result as large as a production capture makes it: one pattern result per query pattern,
   * 20,000 of them, over a MiB per shard, far above the 256 KiB Artery frame one cluster message
   * may fill.
   */
  @Test
  void shardResultsOfTwentyThousandPatternsReachTheCoordinatorWhole() throws Exception {
    PG.createDatabase("control_patterns");
    PG.createDatabase("target_patterns");
    // 20 sessions of 1,050 statements: the patterns wrap around, so the last session runs the
    // first session's 1,000 patterns again. The planner alternates sessions of equal load between
    // the two workers, so those two sessions are on different shards and the merge adds up the
    // counts of one pattern from both.
    SyntheticCapture capture = SyntheticCapture.distinctPatterns(20, 1_050, PATTERNS);
    Map<Long, Long> expected = capture.countsByFingerprint();
    assertEquals(PATTERNS, expected.size(), "distinct fingerprints in the capture");
    assertEquals(1_000, expected.values().stream().filter(count -> count == 2).count());

    ReplayResult merged = stressReplay(capture, 2, "control_patterns", "target_patterns");

    assertEquals(capture.statements(), merged.getStatements());
    assertEquals(PATTERNS, merged.getPatternsCount());
    assertEquals(expected, SyntheticCapture.countsByFingerprint(merged));
    assertEquals(
        0, merged.getPatternsList().stream().mapToLong(PatternResult::getErrorCount).sum());
  }

  /**
   * Writes {@code capture} into the test's directory, replays it in one stress round on {@code
   * targetDb} on a cluster of {@code workers} workers and returns the round's merged result.
   */
  private ReplayResult stressReplay(
      SyntheticCapture capture, int workers, String controlDb, String targetDb) throws Exception {
    Path segments = tmp.resolve("segments");
    capture.write(segments);
    JobOutcome outcome =
        runToDone(
            workers,
            tmp.resolve("store"),
            controlDb,
            JobSpec.stress(segments.toString(), List.of(PG.url(targetDb))));
    return outcome.result(1, 0).orElseThrow();
  }

  /**
   * Starts a cluster of {@code workers} workers over {@code store}, with {@code controlDb} as its
   * control database, runs {@code job} on it and returns the job's outcome once it is done: how the
   * tests that need nothing of the cluster but its answer replay their capture.
   */
  private static JobOutcome runToDone(int workers, Path store, String controlDb, JobSpec job)
      throws Exception {
    try (LocalCluster cluster =
        LocalCluster.start(
            new LocalCluster.Config(workers, store, PG.url(controlDb), null, null, null))) {
      cluster.awaitWorkersUp(Duration.ofSeconds(30));
      JobOutcome outcome = cluster.awaitOutcome(cluster.submit(job), Duration.ofSeconds(60));
      assertEquals(JobState.DONE, outcome.status().state(), outcome.status().reason());
      return outcome;
    }
  }
}
