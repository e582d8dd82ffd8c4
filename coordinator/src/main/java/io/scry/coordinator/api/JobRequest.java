package io.scry.coordinator.api;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.jobs.InvalidJobSpecException;
import io.scry.coordinator.jobs.JobSpec;
import io.scry.coordinator.shadow.CheckpointAlignment;
import io.scry.coordinator.shadow.ShadowCheckpoint;
import io.scry.coordinator.shadow.ShadowException;
import java.util.Optional;

/**
 * A job as {@code POST /api/v1/jobs} asked for it: the job, and the shadow checkpoint its targets
 * are cloned from when the request names one ({@code shadow} + {@code shadowCheckpoint}) instead of
 * giving its source time ({@code afterCheckpointUnixNanos}).
 */
public record JobRequest(JobSpec spec, Optional<Checkpoint> checkpoint) {

  /**
   * Where to look the checkpoint up: the shadow's URL (a password stays in memory) and its name.
   */
  public record Checkpoint(DatabaseUrl shadow, String name) {}

  /**
   * The job to run: with a named checkpoint, looked up on the shadow (a blocking query) and cut at
   * its source time exactly as the gate cuts it ({@link CheckpointAlignment}).
   *
   * @throws InvalidJobSpecException naming {@code shadowCheckpoint} (or {@code shadow}, when its
   *     server cannot be reached) and what to run
   */
  public JobSpec resolve() {
    if (checkpoint.isEmpty()) {
      return spec;
    }
    Checkpoint named = checkpoint.get();
    ShadowCheckpoint found;
    try {
      found =
          CheckpointAlignment.lookup(named.shadow(), "field shadow", named.name())
              .orElseThrow(
                  () ->
                      invalid(
                          "shadowCheckpoint",
                          CheckpointAlignment.unknown(
                              named.shadow(), named.name(), "shadowCheckpoint")));
    } catch (ShadowException e) {
      throw invalid("shadow", e);
    }
    return spec.toBuilder()
        .afterCheckpoint(CheckpointAlignment.replayAfterUnixNanos(found))
        .build();
  }

  private static InvalidJobSpecException invalid(String field, ShadowException e) {
    return new InvalidJobSpecException(field, e.getMessage() + "; " + e.remedy());
  }
}
