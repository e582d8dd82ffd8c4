package io.scry.cli.ci;

import io.scry.cli.jobs.JobApi;
import io.scry.cli.jobs.ProgressDisplay;
import io.scry.coordinator.api.JobView;
import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.jobs.JobState;
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
  private static final Duration LONG_POLL = Duration.ofSeconds(15);
  private static final Duration PROGRESS_POLL = Duration.ofSeconds(1);
  private static final Duration EARLY_ANSWER_PAUSE = Duration.ofMillis(250);

  private final JobApi api;
  private final Map<String, Object> job;
  private final Duration timeout;
  private final AutoCloseable cluster;
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
  }

  @Override
  public ReplayResult replay(DatabaseUrl target, int round) {
    String id = submit(target, Map.of());
    return result(id, target, awaitDone(id));
  }

  private JobView awaitDone(String id) {
    ProgressDisplay display = progress.get();
    try {
      return awaitState(id, "done", display);
    } finally {
      display.finish();
    }
  }

  /** The result of a finished job, or why there is none. */
  private ReplayResult result(String id, DatabaseUrl target, JobView finished) {
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
  public RehearsalTraffic startTimed(DatabaseUrl target, double speed, Duration measureAfter) {
    String id =
        submit(
            target,
            Map.of(
                "mode",
                ReplayMode.TIMED.label(),
                "speed",
                speed,
                "measureAfterMs",
                measureAfter.toMillis()));
    JobView status = awaitState(id, "running", null);
    CompletableFuture<Void> ended = new CompletableFuture<>();
    if (JobState.ofLabel(status.state()).isFinal()) {
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
      public void requestStop() {
        if (!ended.isDone()) {
          try {
            api.stop(id);
          } catch (IOException e) {
            throw new MigrationCheckException(
                "cannot stop replay job "
                    + id
                    + ": "
                    + e.getMessage()
                    + " (a coordinator older than this command has no stop; with"
                    + " --no-rehearsal-latency the rehearsal does without it)",
                e);
          } catch (InterruptedException e) {
            throw interrupted(e);
          }
        }
      }

      @Override
      public ReplayResult result() {
        return ClusterReplayBackend.this.result(id, target, awaitFinal(id));
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
    return awaitState(id, "done", null);
  }

  /**
   * Waits until the job's state is {@code until} or later with long polls of the job API: one
   * request a replay, whose answer comes the moment the job gets there. A poll answered early
   * without the state (a coordinator that predates the long poll) is repeated after a pause.
   *
   * @param display shows the job's progress, or null: with a display, each poll waits at most a
   *     second, so that the progress is redrawn once a second
   */
  private JobView awaitState(String id, String until, ProgressDisplay display) {
    Duration longest = display == null ? LONG_POLL : PROGRESS_POLL;
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (true) {
        long asked = System.nanoTime();
        Duration left = Duration.ofNanos(Math.max(0, deadline - asked));
        JobView status = api.await(id, until, left.compareTo(longest) < 0 ? left : longest);
        if (display != null) {
          display.show(status);
        }
        if (reached(status.state(), until)) {
          return status;
        }
        if (System.nanoTime() >= deadline) {
          cancelQuietly(id);
          throw new MigrationCheckException(
              "replay job " + id + " did not finish within " + timeout.toSeconds() + " s", "");
        }
        if (System.nanoTime() - asked < longest.toNanos() / 2) {
          Thread.sleep(EARLY_ANSWER_PAUSE.toMillis());
        }
      }
    } catch (IOException e) {
      throw new MigrationCheckException("replay job " + id + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      throw interrupted(e);
    }
  }

  private static boolean reached(String state, String until) {
    return JobState.ofLabel(state).reached(JobState.ofLabel(until));
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
