package io.scry.cli.ci;

import io.scry.cli.jobs.JobApi;
import io.scry.cli.jobs.ProgressDisplay;
import io.scry.coordinator.api.JobView;
import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.migration.MigrationCheckException;
import io.scry.coordinator.migration.RehearsalTraffic;
import io.scry.coordinator.migration.ReplayBackend;
import io.scry.protocol.replay.ReplayMode;
import io.scry.protocol.v1.ReplayResult;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Every replay of the gate is a single-target, single-round job on a cluster, submitted through its
 * HTTP job API: the cluster the gate embeds in its own process ({@link EmbeddedCluster}) or a
 * running coordinator ({@code --coordinator}). The workers connect to the fresh clone the check
 * made; the merged result comes back through {@code GET /api/v1/jobs/{id}/results}.
 */
final class ClusterReplayBackend implements ReplayBackend {
  private static final Set<String> FINAL = Set.of("done", "failed", "cancelled");
  private static final Set<String> RUNNING = Set.of("queued", "planning", "running", "merging");

  private final JobApi api;
  private final Map<String, Object> job;
  private final Duration timeout;
  private final AutoCloseable cluster;
  private final long maxPollMillis;
  private final Supplier<ProgressDisplay> progress;

  /**
   * @param job the job fields of every replay (capture, mode, samplePct, window); its targets,
   *     rounds and, for the rehearsal, mode and speed are set per replay
   * @param cluster the embedded cluster, closed with this backend, or null for a remote one
   * @param progress a display for each replay's progress
   */
  ClusterReplayBackend(
      JobApi api,
      Map<String, Object> job,
      Duration timeout,
      AutoCloseable cluster,
      Supplier<ProgressDisplay> progress) {
    this.api = api;
    this.progress = progress;
    this.job = Map.copyOf(job);
    this.timeout = timeout;
    this.cluster = cluster;
    // A poll of the embedded cluster costs a loopback round trip; a remote coordinator serves
    // others too. A replay of a CI capture takes seconds, so the poll interval is what a replay
    // waits for nothing: 8 replays a gate, half an interval each.
    this.maxPollMillis = cluster == null ? 250 : 25;
  }

  @Override
  public ReplayResult replay(DatabaseUrl target, int round) {
    String id = submit(target, Map.of());
    ProgressDisplay display = progress.get();
    JobView finished;
    try {
      finished = awaitPast(id, RUNNING, display);
    } finally {
      display.finish();
    }
    if (!"done".equals(finished.state())) {
      throw failed(id, target, finished);
    }
    try {
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

  @Override
  public RehearsalTraffic startTimed(DatabaseUrl target, double speed) {
    String id = submit(target, Map.of("mode", ReplayMode.TIMED.label(), "speed", speed));
    JobView status = awaitPast(id, Set.of("queued", "planning"), null);
    CompletableFuture<Void> ended = new CompletableFuture<>();
    if (FINAL.contains(status.state())) {
      complete(ended, id, target, status);
    } else {
      Thread watcher =
          new Thread(
              () -> {
                try {
                  complete(ended, id, target, awaitFinal(id));
                } catch (RuntimeException e) {
                  ended.completeExceptionally(e);
                }
              },
              "scry-rehearsal-" + id);
      watcher.setDaemon(true);
      watcher.start();
    }
    return new RehearsalTraffic() {
      @Override
      public CompletionStage<Void> ended() {
        return ended;
      }

      @Override
      public void cancel() {
        if (!ended.isDone()) {
          cancelQuietly(id);
        }
      }
    };
  }

  private void complete(CompletableFuture<Void> ended, String id, DatabaseUrl target, JobView at) {
    if ("failed".equals(at.state())) {
      ended.completeExceptionally(failed(id, target, at));
    } else {
      ended.complete(null);
    }
  }

  private String submit(DatabaseUrl target, Map<String, Object> overrides) {
    Map<String, Object> replay = new LinkedHashMap<>(job);
    replay.putAll(overrides);
    replay.put("targets", List.of(target.toUrl()));
    replay.put("rounds", 1);
    try {
      return api.submit(replay).id();
    } catch (IOException e) {
      throw new MigrationCheckException("the replay job was refused: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      throw interrupted(e);
    }
  }

  private JobView awaitFinal(String id) {
    return awaitPast(id, RUNNING, null);
  }

  /**
   * Polls the job until its state is none of {@code states}: often at first, then every 25 ms on
   * the embedded cluster and every 250 ms on a remote coordinator.
   *
   * @param display shows each status polled, or null
   */
  private JobView awaitPast(String id, Set<String> states, ProgressDisplay display) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long pause = 10;
    try {
      while (true) {
        JobView status = api.status(id);
        if (display != null) {
          display.show(status);
        }
        if (!states.contains(status.state())) {
          return status;
        }
        if (System.nanoTime() > deadline) {
          cancelQuietly(id);
          throw new MigrationCheckException(
              "replay job " + id + " did not finish within " + timeout.toSeconds() + " s", "");
        }
        Thread.sleep(pause);
        pause = Math.min(maxPollMillis, pause * 2);
      }
    } catch (IOException e) {
      throw new MigrationCheckException("replay job " + id + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      throw interrupted(e);
    }
  }

  private void cancelQuietly(String id) {
    try {
      api.cancel(id);
    } catch (IOException e) {
      // Already ended, or the cluster is gone: nothing left to stop.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static MigrationCheckException failed(String id, DatabaseUrl target, JobView status) {
    return new MigrationCheckException(
        "replay job " + id + " on " + target + " " + status.state() + ": " + status.reason(), "");
  }

  private static MigrationCheckException interrupted(InterruptedException e) {
    Thread.currentThread().interrupt();
    return new MigrationCheckException("interrupted while replaying", e);
  }

  @Override
  public void close() {
    if (cluster != null) {
      try {
        cluster.close();
      } catch (Exception e) {
        // Shutting down: nothing left to do about it.
      }
    }
  }
}
