package io.scry.coordinator.jobs;

import com.typesafe.config.Config;
import io.scry.coordinator.plan.ReplayTimeout;
import java.time.Duration;

/**
 * Settings of the job manager ({@code scry.coordinator.jobs} in reference.conf).
 *
 * @param replayLead how far in the future a phase's replay t0 is set, so that every worker has its
 *     shard stream open before the first statement is due
 * @param progressInterval how often a running job's progress and ETA are refreshed
 * @param assignmentTimeout how long a worker has to accept a shard before it is offered again
 * @param phaseDeadline how long a phase (one round on one target) may run before the job fails, or
 *     null for the capture's own bound ({@link ReplayTimeout#forCapture}: three times the replay's
 *     captured span or its statements at 1,000 a second, plus ten minutes, at least half an hour)
 */
public record JobSettings(
    Duration replayLead,
    Duration progressInterval,
    Duration assignmentTimeout,
    Duration phaseDeadline) {

  public static JobSettings from(Config config) {
    Config jobs = config.getConfig("scry.coordinator.jobs");
    return new JobSettings(
        jobs.getDuration("replay-lead"),
        jobs.getDuration("progress-interval"),
        jobs.getDuration("assignment-timeout"),
        jobs.getString("phase-deadline").equals("auto")
            ? null
            : jobs.getDuration("phase-deadline"));
  }

  /**
   * The deadline of a phase replaying {@code statements} over {@code capturedSpan} of capture at
   * {@code speed}.
   */
  Duration phaseDeadline(Duration capturedSpan, long statements, double speed) {
    return phaseDeadline != null
        ? phaseDeadline
        : ReplayTimeout.forCapture(
            Duration.ofNanos((long) (capturedSpan.toNanos() / speed)), statements);
  }
}
