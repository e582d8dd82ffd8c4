package io.scry.worker.replay;

import io.scry.protocol.replay.ReplayMode;
import java.time.Duration;
import java.util.Objects;

/**
 * What one shard replay needs to know.
 *
 * @param jobId the job the result belongs to
 * @param round the replay round
 * @param targetUrl {@code postgres://user:password@host:port/database} of the database to replay on
 *     (user and password URL-encoded when needed)
 * @param mode {@link ReplayMode#TIMED} or {@link ReplayMode#STRESS}
 * @param speed TIMED only: 2.0 replays twice as fast as captured; must be positive
 * @param captureStartUnixNanos the captured instant that maps to {@code replayStartUnixNanos}
 * @param replayStartUnixNanos t0, agreed cluster-wide: when the capture's start is replayed. In
 *     STRESS mode the replay starts at t0 too (or at once if t0 has passed)
 * @param maxConnections how many sessions (connections) run at once; 0 = unlimited
 * @param statementTimeout server-side {@code statement_timeout} of every replay connection; {@link
 *     Duration#ZERO} = none. A statement without any answer for this long plus a grace period
 *     counts as a lost connection
 * @param replayRole the role every replay connection acts as (PostgreSQL's {@code role}, sent in
 *     the connection's startup message, so a replayed {@code RESET ROLE} returns to it); null = the
 *     URL's user
 * @param measureFromUnixNanos statements captured before this instant are replayed but not measured
 *     (counted in no statistic of the result); 0 = measure every statement
 */
public record ReplaySettings(
    String jobId,
    int round,
    String targetUrl,
    ReplayMode mode,
    double speed,
    long captureStartUnixNanos,
    long replayStartUnixNanos,
    int maxConnections,
    Duration statementTimeout,
    String replayRole,
    long measureFromUnixNanos) {

  /** Settings of a replay that acts as the target URL's user. */
  public ReplaySettings(
      String jobId,
      int round,
      String targetUrl,
      ReplayMode mode,
      double speed,
      long captureStartUnixNanos,
      long replayStartUnixNanos,
      int maxConnections,
      Duration statementTimeout) {
    this(
        jobId,
        round,
        targetUrl,
        mode,
        speed,
        captureStartUnixNanos,
        replayStartUnixNanos,
        maxConnections,
        statementTimeout,
        null,
        0);
  }

  public ReplaySettings {
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(targetUrl, "targetUrl");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(statementTimeout, "statementTimeout");
    if (mode == ReplayMode.TIMED && !(speed > 0 && Double.isFinite(speed))) {
      throw new IllegalArgumentException("speed must be a positive number, got " + speed);
    }
    if (maxConnections < 0) {
      throw new IllegalArgumentException("maxConnections must be >= 0, got " + maxConnections);
    }
    if (statementTimeout.isNegative()) {
      throw new IllegalArgumentException("statementTimeout must not be negative");
    }
    TargetUrl.parse(targetUrl); // fail early on a malformed URL
  }

  /** Whether the statistics count a statement captured at {@code capturedUnixNanos}. */
  boolean measures(long capturedUnixNanos) {
    return capturedUnixNanos >= measureFromUnixNanos;
  }

  /** When a statement captured at {@code capturedUnixNanos} is due, in Unix nanoseconds. */
  long dueUnixNanos(long capturedUnixNanos) {
    return replayStartUnixNanos + (long) ((capturedUnixNanos - captureStartUnixNanos) / speed);
  }
}
