package io.scry.cli.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.jobs.JobClient;
import io.scry.coordinator.jobs.JobOutcome;
import io.scry.coordinator.jobs.JobSpec;
import io.scry.coordinator.jobs.JobState;
import io.scry.coordinator.jobs.JobStore;
import io.scry.coordinator.node.CoordinatorNode;
import io.scry.coordinator.node.CoordinatorOptions;
import io.scry.protocol.synthetic.SyntheticCapture;
import io.scry.protocol.v1.ReplayResult;
import io.scry.testsupport.PostgresExtension;
import io.scry.worker.cluster.WorkerNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a coordinator restart does to jobs kept in the control database: a job that was under way
 * fails with a clear reason, a queued job survives and runs on the new coordinator.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class JobRestartIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  @TempDir Path tmp;

  @Test
  void aRestartResumesTheJobUnderWayThenRunsTheQueuedOne() throws Exception {
    PG.createDatabase("control_restart");
    PG.createDatabase("target_restart");
    PG.execute("target_restart", SyntheticCapture.ITEMS_SCHEMA);
    Path capture = tmp.resolve("capture");
    SyntheticCapture synthetic = SyntheticCapture.items(3, 6, 1);
    synthetic.write(capture);
    JobSpec spec = JobSpec.stress(capture.toString(), List.of(PG.url("target_restart")));
    CoordinatorOptions options =
        CoordinatorOptions.loopback(tmp.resolve("store"), PG.url("control_restart"));

    String underWay;
    String queued;
    try (CoordinatorNode first = CoordinatorNode.start(options)) {
      // No worker: the first job plans and waits for one, the second waits in the queue.
      underWay = first.jobs().submit(spec).toCompletableFuture().join().id();
      queued = first.jobs().submit(spec).toCompletableFuture().join().id();
      awaitState(first.jobs(), underWay, JobState.PLANNING);
      assertEquals(
          JobState.QUEUED,
          first.jobs().status(queued).toCompletableFuture().join().orElseThrow().state());
    }

    try (CoordinatorNode second = CoordinatorNode.start(options);
        WorkerNode worker =
            WorkerNode.start(
                "127.0.0.1", 0, List.of(second.clusterAddress()), options.clusterKey())) {
      JobOutcome resumed = second.jobs().awaitOutcome(underWay, Duration.ofSeconds(60));
      assertEquals(JobState.DONE, resumed.status().state(), resumed.status().reason());
      assertEquals(1, resumed.status().restarts());
      ReplayResult result = resumed.result(1, 0).orElseThrow();
      assertEquals(synthetic.statements(), result.getStatements());
      assertTrue(result.getFailovers(0).getWholePhase(), "the interrupted phase is on record");

      JobOutcome done = second.jobs().awaitOutcome(queued, Duration.ofSeconds(60));
      assertEquals(JobState.DONE, done.status().state(), done.status().reason());
      // Told "done" only once the control database holds it: a restart now would not resume it.
      assertEquals("done", storedState("control_restart", queued));
      assertEquals(synthetic.statements(), done.result(1, 0).orElseThrow().getStatements());
    }
  }

  @Test
  void aJobInterruptedByEveryRestartFailsAfterTheLastOneItSurvives() throws Exception {
    PG.createDatabase("control_restarts");
    Path capture = tmp.resolve("capture");
    SyntheticCapture.items(1, 2, 1).write(capture);
    JobSpec spec = JobSpec.stress(capture.toString(), List.of(PG.url("control_restarts")));
    CoordinatorOptions options =
        CoordinatorOptions.loopback(tmp.resolve("store"), PG.url("control_restarts"));
    String id;
    try (CoordinatorNode first = CoordinatorNode.start(options)) {
      id = first.jobs().submit(spec).toCompletableFuture().join().id();
      awaitState(first.jobs(), id, JobState.PLANNING);
    }
    // No worker ever joins: each coordinator finds the job under way and resumes it.
    for (int restart = 1; restart <= JobStore.MAX_RESTARTS; restart++) {
      try (CoordinatorNode next = CoordinatorNode.start(options)) {
        awaitState(next.jobs(), id, JobState.PLANNING);
        assertEquals(restart, next.jobs().status(id).toCompletableFuture().join().get().restarts());
      }
    }

    try (CoordinatorNode last = CoordinatorNode.start(options)) {
      JobOutcome failed = last.jobs().awaitOutcome(id, Duration.ofSeconds(5));
      assertEquals(JobState.FAILED, failed.status().state());
      assertEquals(JobStore.RESTARTED, failed.status().reason());
    }
  }

  private static String storedState(String controlDatabase, String id) throws SQLException {
    try (Connection c = PG.connect(controlDatabase);
        PreparedStatement state = c.prepareStatement("SELECT state FROM scry_job WHERE id = ?")) {
      state.setString(1, id);
      try (ResultSet row = state.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  private static void awaitState(JobClient jobs, String id, JobState state)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (jobs.status(id).toCompletableFuture().join().orElseThrow().state() != state) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("job " + id + " never became " + state);
      }
      Thread.sleep(50);
    }
  }
}
