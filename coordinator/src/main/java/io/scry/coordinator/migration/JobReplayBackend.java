package io.scry.coordinator.migration;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.jobs.InvalidJobSpecException;
import io.scry.coordinator.jobs.JobClient;
import io.scry.coordinator.jobs.JobOutcome;
import io.scry.coordinator.jobs.JobSpec;
import io.scry.coordinator.node.LocalCluster;
import io.scry.protocol.v1.ReplayResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Replays through the cluster's job manager: one single-target, single-round job per replay, so the
 * check can give every replay a fresh clone. {@link #embedded} starts a {@link LocalCluster} in
 * this process for a capture directory.
 */
public final class JobReplayBackend implements ReplayBackend {
  private final JobClient jobs;
  private final JobSpec spec;
  private final Duration timeout;
  private final AutoCloseable owned;

  /**
   * @param spec capture, window, sample and mode of every replay; its targets are replaced
   * @param owned closed with this backend (the embedded cluster), or null
   */
  public JobReplayBackend(JobClient jobs, JobSpec spec, Duration timeout, AutoCloseable owned) {
    this.jobs = jobs;
    this.spec = spec;
    this.timeout = timeout;
    this.owned = owned;
  }

  /**
   * Starts a one-worker cluster in this process.
   *
   * @param controlDb the cluster's control database (job state), or null for an embedded server
   * @param storeDir the cluster's capture store directory
   */
  public static JobReplayBackend embedded(
      JobSpec spec, DatabaseUrl controlDb, Path storeDir, Duration timeout) {
    LocalCluster cluster;
    try {
      cluster =
          LocalCluster.start(
              new LocalCluster.Config(
                  1, storeDir, controlDb == null ? null : controlDb.toUrl(), null, null, null));
    } catch (RuntimeException e) {
      throw new MigrationCheckException(
          "cannot start the embedded replay cluster: " + e.getMessage(), e);
    }
    try {
      cluster.awaitWorkersUp(Duration.ofSeconds(60));
    } catch (TimeoutException | InterruptedException e) {
      cluster.close();
      throw new MigrationCheckException(
          "the embedded replay worker did not start: " + e.getMessage(), e);
    }
    return new JobReplayBackend(cluster.jobs(), spec, timeout, cluster);
  }

  @Override
  public ReplayResult replay(DatabaseUrl target, int round) {
    JobSpec job =
        new JobSpec(
            spec.capture(),
            spec.fromUnixNanos(),
            spec.toUnixNanos(),
            spec.lastMinutes(),
            spec.samplePct(),
            List.of(target.toUrl()),
            spec.mode(),
            spec.speed(),
            1,
            spec.maxConnections());
    String id;
    try {
      id = jobs.submit(job).toCompletableFuture().join().id();
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() instanceof InvalidJobSpecException ? e.getCause() : e;
      throw new MigrationCheckException("the replay job was refused: " + cause.getMessage(), cause);
    }
    JobOutcome outcome;
    try {
      outcome = jobs.awaitOutcome(id, timeout);
    } catch (TimeoutException e) {
      jobs.cancel(id);
      throw new MigrationCheckException(
          "replay job " + id + " did not finish within " + timeout.toSeconds() + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationCheckException("interrupted while replaying", e);
    }
    if (!outcome.succeeded()) {
      throw new MigrationCheckException(
          "replay job "
              + id
              + " on "
              + target
              + " "
              + outcome.status().state()
              + ": "
              + outcome.status().reason(),
          "");
    }
    return outcome
        .result(1, 0)
        .orElseThrow(
            () ->
                new MigrationCheckException("replay job " + id + " finished without a result", ""));
  }

  @Override
  public void close() {
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        // Shutting down: nothing left to do about it.
      }
    }
  }
}
