package io.scry.coordinator.jobs;

import io.scry.protocol.security.ConnectionStrings;
import java.time.Instant;

/**
 * A job as the API shows it.
 *
 * @param phase what the job does now, e.g. {@code "round 1/2, target 1/1"}, or why it waits
 * @param progressPct share of the whole job done, 0 to 100
 * @param etaSeconds estimated seconds until done, or null when not known yet
 * @param reason why the job failed or was cancelled, or null
 * @param restarts how often a coordinator restart interrupted the job, which then resumed
 */
public record JobStatus(
    String id,
    JobSpec spec,
    JobState state,
    String phase,
    double progressPct,
    Long etaSeconds,
    String reason,
    int restarts,
    Instant createdAt,
    Instant updatedAt) {

  public JobStatus {
    // A reason often quotes an exception's message, and those may quote a target URL.
    reason = ConnectionStrings.mask(reason);
  }

  public static JobStatus queued(String id, JobSpec spec, Instant now) {
    return new JobStatus(id, spec, JobState.QUEUED, "", 0, null, null, 0, now, now);
  }

  public JobStatus progressing(JobState state, String phase, double progressPct, Long etaSeconds) {
    return new JobStatus(
        id,
        spec,
        state,
        phase,
        progressPct,
        etaSeconds,
        reason,
        restarts,
        createdAt,
        Instant.now());
  }

  public JobStatus finished(JobState state, String reason) {
    double progress = state == JobState.DONE ? 100 : progressPct;
    return new JobStatus(
        id, spec, state, phase, progress, 0L, reason, restarts, createdAt, Instant.now());
  }
}
