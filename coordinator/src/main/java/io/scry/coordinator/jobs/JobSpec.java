package io.scry.coordinator.jobs;

import io.scry.protocol.replay.ReplayMode;
import java.util.List;

/**
 * What a replay job does: which capture (a name in the capture store or a directory of segment
 * files), which part of it (a time window, or the last N minutes, and a sample of whole sessions),
 * against which targets, how (timed at a speed, or stress), how many rounds and with how many
 * connections at most. Rounds run one after another, and within a round the targets run one after
 * another.
 *
 * <pre>{@code
 * JobSpec spec = JobSpec.stress("orders-capture", List.of("postgres://u:p@host:5432/shadow"))
 *     .withRounds(3);
 * }</pre>
 *
 * @param capture capture name in the store, or a directory path holding segment files
 * @param fromUnixNanos first statement start to include, or null for the capture's start
 * @param toUnixNanos statement start to stop before, or null for the capture's end
 * @param lastMinutes replay only the capture's last N minutes (instead of from/to), or null
 * @param samplePct percentage of sessions to replay, chosen by a stable hash of the session
 * @param targets PostgreSQL URLs ({@code postgres://user:pass@host:port/db}) to replay against
 * @param mode timed or stress
 * @param speed timed mode's speed factor (2 = twice as fast as captured)
 * @param rounds how many times to replay against every target
 * @param maxConnections cap on concurrent target connections over the whole cluster, 0 = no cap
 */
public record JobSpec(
    String capture,
    Long fromUnixNanos,
    Long toUnixNanos,
    Integer lastMinutes,
    double samplePct,
    List<String> targets,
    ReplayMode mode,
    double speed,
    int rounds,
    int maxConnections) {

  /** Checks every field; the message of the {@link InvalidJobSpecException} names the field. */
  public JobSpec {
    require(capture != null && !capture.isBlank(), "capture", "must name a capture or directory");
    require(targets != null && !targets.isEmpty(), "targets", "must list at least one target URL");
    targets = List.copyOf(targets);
    for (String target : targets) {
      require(
          target != null
              && (target.startsWith("postgres://") || target.startsWith("postgresql://")),
          "targets",
          "must be postgres://user:pass@host:port/db URLs, got '" + target + "'");
    }
    require(mode != null, "mode", "must be timed or stress");
    require(!(speed <= 0) && Double.isFinite(speed), "speed", "must be a positive number");
    require(samplePct > 0 && samplePct <= 100, "samplePct", "must be in (0, 100]");
    require(rounds >= 1, "rounds", "must be at least 1");
    require(maxConnections >= 0, "maxConnections", "must be 0 (no cap) or positive");
    require(lastMinutes == null || lastMinutes > 0, "lastMinutes", "must be positive");
    require(
        lastMinutes == null || (fromUnixNanos == null && toUnixNanos == null),
        "lastMinutes",
        "cannot be combined with fromUnixNanos/toUnixNanos");
    require(
        fromUnixNanos == null || toUnixNanos == null || fromUnixNanos < toUnixNanos,
        "toUnixNanos",
        "must be after fromUnixNanos");
  }

  /** Timed replay of the whole capture at {@code speed}, one round, all sessions, no cap. */
  public static JobSpec timed(String capture, List<String> targets, double speed) {
    return new JobSpec(capture, null, null, null, 100, targets, ReplayMode.TIMED, speed, 1, 0);
  }

  /** Stress replay (no think time) of the whole capture, one round, all sessions, no cap. */
  public static JobSpec stress(String capture, List<String> targets) {
    return new JobSpec(capture, null, null, null, 100, targets, ReplayMode.STRESS, 1, 1, 0);
  }

  public JobSpec withRounds(int rounds) {
    return new JobSpec(
        capture,
        fromUnixNanos,
        toUnixNanos,
        lastMinutes,
        samplePct,
        targets,
        mode,
        speed,
        rounds,
        maxConnections);
  }

  public JobSpec withSamplePct(double samplePct) {
    return new JobSpec(
        capture,
        fromUnixNanos,
        toUnixNanos,
        lastMinutes,
        samplePct,
        targets,
        mode,
        speed,
        rounds,
        maxConnections);
  }

  public JobSpec withWindow(Long fromUnixNanos, Long toUnixNanos) {
    return new JobSpec(
        capture,
        fromUnixNanos,
        toUnixNanos,
        null,
        samplePct,
        targets,
        mode,
        speed,
        rounds,
        maxConnections);
  }

  public JobSpec withLastMinutes(int lastMinutes) {
    return new JobSpec(
        capture, null, null, lastMinutes, samplePct, targets, mode, speed, rounds, maxConnections);
  }

  public JobSpec withMaxConnections(int maxConnections) {
    return new JobSpec(
        capture,
        fromUnixNanos,
        toUnixNanos,
        lastMinutes,
        samplePct,
        targets,
        mode,
        speed,
        rounds,
        maxConnections);
  }

  /** Number of (round, target) phases the job runs. */
  public int phases() {
    return rounds * targets.size();
  }

  private static void require(boolean ok, String field, String problem) {
    if (!ok) {
      throw new InvalidJobSpecException(field, field + " " + problem);
    }
  }
}
