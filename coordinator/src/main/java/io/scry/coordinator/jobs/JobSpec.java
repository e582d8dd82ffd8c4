package io.scry.coordinator.jobs;

import io.scry.coordinator.plan.CapturePart;
import io.scry.protocol.replay.ReplayMode;
import io.scry.protocol.security.ConnectionStrings;
import java.nio.charset.StandardCharsets;
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
 * @param forceProductionTarget replay even on the database the capture was taken from (see {@link
 *     ProductionGuard}); off, such a job fails before it replays anything
 * @param replayPastGaps replay a session's statements after a gap in its capture (statements the
 *     proxy forwarded but could not capture); off, a session is replayed up to its first gap only
 * @param afterCheckpointUnixNanos the targets are clones of a shadow checkpoint that holds the
 *     capture's effects up to this source time: only transactions committed after it are replayed;
 *     null replays every selected statement
 * @param replayRole the role every replay connection acts as (PostgreSQL's {@code role} setting,
 *     sent when it connects: {@code SET ROLE} that a replayed {@code RESET ROLE} cannot undo), so
 *     that the replayed traffic has the application's privileges rather than those of the URL's
 *     user; null = the URL's user
 * @param measureAfterMillis statements captured less than this long after the first replayed one
 *     are replayed but not measured: the result holds only the later ones (a rehearsal measures the
 *     migration's window, not the lead before it); 0 = measure every statement
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
    int maxConnections,
    boolean forceProductionTarget,
    boolean replayPastGaps,
    Long afterCheckpointUnixNanos,
    String replayRole,
    long measureAfterMillis) {

  /** PostgreSQL's longest identifier (NAMEDATALEN - 1 bytes). */
  private static final int MAX_ROLE_BYTES = 63;

  /** The default of a field that a job request or {@code submit} leaves out. */
  public static final int DEFAULT_SAMPLE_PCT = 100;

  public static final int DEFAULT_SPEED = 1;
  public static final int DEFAULT_ROUNDS = 1;

  /** No connection cap. */
  public static final int DEFAULT_MAX_CONNECTIONS = 0;

  public static final ReplayMode DEFAULT_MODE = ReplayMode.TIMED;

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
          "must be postgres://user:pass@host:port/db URLs, got '"
              + ConnectionStrings.mask(target)
              + "'");
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
    require(
        replayRole == null
            || (!replayRole.isBlank()
                && replayRole.getBytes(StandardCharsets.UTF_8).length <= MAX_ROLE_BYTES),
        "replayRole",
        "must be a role name of 1 to 63 bytes (or left out: the target URL's user)");
    require(measureAfterMillis >= 0, "measureAfterMs", "must be 0 (measure all) or positive");
  }

  /**
   * A builder of a job with every default: timed replay at 1x of the whole capture, all sessions,
   * one round, no connection cap.
   */
  public static Builder builder(String capture, List<String> targets) {
    return new Builder(capture, targets);
  }

  /** Timed replay of the whole capture at {@code speed}, one round, all sessions, no cap. */
  public static JobSpec timed(String capture, List<String> targets, double speed) {
    return builder(capture, targets).mode(ReplayMode.TIMED).speed(speed).build();
  }

  /** Stress replay (no think time) of the whole capture, one round, all sessions, no cap. */
  public static JobSpec stress(String capture, List<String> targets) {
    return builder(capture, targets).mode(ReplayMode.STRESS).build();
  }

  /** A builder holding this job's fields. */
  public Builder toBuilder() {
    return builder(capture, targets)
        .window(fromUnixNanos, toUnixNanos)
        .lastMinutes(lastMinutes)
        .samplePct(samplePct)
        .mode(mode)
        .speed(speed)
        .rounds(rounds)
        .maxConnections(maxConnections)
        .forceProductionTarget(forceProductionTarget)
        .replayPastGaps(replayPastGaps)
        .afterCheckpoint(afterCheckpointUnixNanos)
        .replayRole(replayRole)
        .measureAfterMillis(measureAfterMillis);
  }

  public JobSpec withTargets(List<String> targets) {
    return toBuilder().targets(targets).build();
  }

  public JobSpec withRounds(int rounds) {
    return toBuilder().rounds(rounds).build();
  }

  public JobSpec withSamplePct(double samplePct) {
    return toBuilder().samplePct(samplePct).build();
  }

  /** The job over the window {@code [from, to)} (null = open end) instead of any last minutes. */
  public JobSpec withWindow(Long fromUnixNanos, Long toUnixNanos) {
    return toBuilder().window(fromUnixNanos, toUnixNanos).lastMinutes(null).build();
  }

  /** The job over the capture's last {@code lastMinutes} minutes instead of any window. */
  public JobSpec withLastMinutes(int lastMinutes) {
    return toBuilder().window(null, null).lastMinutes(lastMinutes).build();
  }

  public JobSpec withMaxConnections(int maxConnections) {
    return toBuilder().maxConnections(maxConnections).build();
  }

  /** Collects a job's fields, each initially its default; {@link #build()} checks them. */
  public static final class Builder {
    private final String capture;
    private List<String> targets;
    private Long fromUnixNanos;
    private Long toUnixNanos;
    private Integer lastMinutes;
    private double samplePct = DEFAULT_SAMPLE_PCT;
    private ReplayMode mode = DEFAULT_MODE;
    private double speed = DEFAULT_SPEED;
    private int rounds = DEFAULT_ROUNDS;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private boolean forceProductionTarget;
    private boolean replayPastGaps;
    private Long afterCheckpointUnixNanos;
    private String replayRole;
    private long measureAfterMillis;

    private Builder(String capture, List<String> targets) {
      this.capture = capture;
      this.targets = targets;
    }

    public Builder targets(List<String> targets) {
      this.targets = targets;
      return this;
    }

    public Builder window(Long fromUnixNanos, Long toUnixNanos) {
      this.fromUnixNanos = fromUnixNanos;
      this.toUnixNanos = toUnixNanos;
      return this;
    }

    public Builder lastMinutes(Integer lastMinutes) {
      this.lastMinutes = lastMinutes;
      return this;
    }

    public Builder samplePct(double samplePct) {
      this.samplePct = samplePct;
      return this;
    }

    public Builder mode(ReplayMode mode) {
      this.mode = mode;
      return this;
    }

    public Builder speed(double speed) {
      this.speed = speed;
      return this;
    }

    public Builder rounds(int rounds) {
      this.rounds = rounds;
      return this;
    }

    public Builder maxConnections(int maxConnections) {
      this.maxConnections = maxConnections;
      return this;
    }

    public Builder forceProductionTarget(boolean force) {
      this.forceProductionTarget = force;
      return this;
    }

    public Builder replayPastGaps(boolean replay) {
      this.replayPastGaps = replay;
      return this;
    }

    public Builder afterCheckpoint(Long unixNanos) {
      this.afterCheckpointUnixNanos = unixNanos;
      return this;
    }

    public Builder replayRole(String role) {
      this.replayRole = role;
      return this;
    }

    public Builder measureAfterMillis(long millis) {
      this.measureAfterMillis = millis;
      return this;
    }

    /**
     * @throws InvalidJobSpecException naming the first field that is not valid
     */
    public JobSpec build() {
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
          maxConnections,
          forceProductionTarget,
          replayPastGaps,
          afterCheckpointUnixNanos,
          replayRole,
          measureAfterMillis);
    }
  }

  /** Which part of the capture the job replays. */
  public CapturePart part() {
    return new CapturePart(
        fromUnixNanos,
        toUnixNanos,
        lastMinutes,
        samplePct,
        replayPastGaps,
        afterCheckpointUnixNanos);
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
