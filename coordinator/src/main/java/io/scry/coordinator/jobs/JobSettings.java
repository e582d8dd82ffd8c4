package io.scry.coordinator.jobs;

import com.typesafe.config.Config;
import java.time.Duration;

/**
 * Settings of the job manager ({@code scry.coordinator.jobs} in reference.conf).
 *
 * @param replayLead how far in the future a phase's replay t0 is set, so that every worker has its
 *     shard stream open before the first statement is due
 * @param progressInterval how often a running job's progress and ETA are refreshed
 */
public record JobSettings(Duration replayLead, Duration progressInterval) {

  public static JobSettings from(Config config) {
    Config jobs = config.getConfig("scry.coordinator.jobs");
    return new JobSettings(jobs.getDuration("replay-lead"), jobs.getDuration("progress-interval"));
  }
}
