package io.scry.coordinator.api;

import io.scry.coordinator.jobs.JobSpec;
import io.scry.coordinator.jobs.JobStatus;
import io.scry.protocol.security.ConnectionStrings;
import java.time.Instant;

/** A job as the HTTP API shows it: lower-case state, target URLs without passwords. */
public record JobView(
    String id,
    String state,
    String phase,
    double progressPct,
    Long etaSeconds,
    String reason,
    int restarts,
    Instant createdAt,
    Instant updatedAt,
    JobSpec spec) {

  public static JobView of(JobStatus job) {
    JobSpec spec = job.spec();
    JobSpec shown = spec.withTargets(spec.targets().stream().map(ConnectionStrings::mask).toList());
    return new JobView(
        job.id(),
        job.state().label(),
        job.phase(),
        job.progressPct(),
        job.etaSeconds(),
        job.reason(),
        job.restarts(),
        job.createdAt(),
        job.updatedAt(),
        shown);
  }
}
