package io.scry.cli.ci;

import io.scry.cli.jobs.JobApi;
import io.scry.coordinator.api.JobView;
import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.migration.MigrationCheckException;
import io.scry.coordinator.migration.ReplayBackend;
import io.scry.protocol.v1.ReplayResult;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --coordinator URL}: every replay is a single-target, single-round job on a running
 * coordinator, whose workers connect to the fresh clone the check made; the merged result comes
 * back through {@code GET /api/v1/jobs/{id}/results}. The shadow must be reachable from the workers
 * under the host name of {@code --shadow}.
 */
final class CoordinatorReplayBackend implements ReplayBackend {
  private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

  private final JobApi api;
  private final Map<String, Object> job;
  private final Duration timeout;

  /**
   * @param job the job fields of every replay (capture, mode, samplePct, window); its targets and
   *     rounds are set per replay
   */
  CoordinatorReplayBackend(JobApi api, Map<String, Object> job, Duration timeout) {
    this.api = api;
    this.job = Map.copyOf(job);
    this.timeout = timeout;
  }

  @Override
  public ReplayResult replay(DatabaseUrl target, int round) {
    Map<String, Object> replay = new LinkedHashMap<>(job);
    replay.put("targets", List.of(target.toUrl()));
    replay.put("rounds", 1);
    String id;
    try {
      id = api.submit(replay).id();
    } catch (IOException e) {
      throw new MigrationCheckException("the replay job was refused: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      throw interrupted(e);
    }
    try {
      JobView finished = awaitFinal(id);
      if (!"done".equals(finished.state())) {
        throw new MigrationCheckException(
            "replay job "
                + id
                + " on "
                + target
                + " "
                + finished.state()
                + ": "
                + finished.reason(),
            "");
      }
      List<ReplayResult> results = api.results(id).ofTarget(0);
      if (results.isEmpty()) {
        throw new MigrationCheckException("replay job " + id + " finished without a result", "");
      }
      return results.get(0);
    } catch (IOException e) {
      throw new MigrationCheckException("replay job " + id + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      throw interrupted(e);
    }
  }

  private JobView awaitFinal(String id) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      JobView status = api.status(id);
      if (List.of("done", "failed", "cancelled").contains(status.state())) {
        return status;
      }
      if (System.nanoTime() > deadline) {
        api.cancel(id);
        throw new MigrationCheckException(
            "replay job " + id + " did not finish within " + timeout.toSeconds() + " s", "");
      }
      Thread.sleep(POLL_INTERVAL.toMillis());
    }
  }

  private static MigrationCheckException interrupted(InterruptedException e) {
    Thread.currentThread().interrupt();
    return new MigrationCheckException("interrupted while replaying", e);
  }

  @Override
  public void close() {
    // Nothing held: the jobs are the coordinator's.
  }
}
