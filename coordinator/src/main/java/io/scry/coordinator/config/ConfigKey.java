package io.scry.coordinator.config;

import java.util.Locale;

/**
 * Every key {@code scry.yaml} accepts, with its default. Each key can also be set by an environment
 * variable named {@code SCRY_} + the key in upper case with dots as underscores ({@code
 * ci.regression_thresholds.min_query_count} → {@code
 * SCRY_CI_REGRESSION_THRESHOLDS_MIN_QUERY_COUNT}); command-line flags win over both.
 */
public enum ConfigKey {
  CAPTURE_WINDOW(
      "capture.window",
      "",
      "how much of the capture to replay, newest first: 30m, 6h, 2d; empty = all"),
  SHADOW_URL(
      "shadow.url", "", "postgres://user:password@host:port/database of the shadow to clone"),
  SHADOW_CHECKPOINT(
      "shadow.checkpoint",
      "",
      "a checkpoint of the shadow (scry-cluster shadow checkpoint) to clone instead of the shadow"
          + " database; only the traffic committed after it is replayed"),
  SHADOW_MIGRATION_CMD(
      "shadow.migration_cmd", "", "the migration command, run with sh -c when none follows --"),
  LATENCY_REGRESSION_PCT(
      "thresholds.latency_regression_pct",
      "",
      "percent slower that counts as a regression at every percentile (50 = 1.5x); the pNN multipliers override it"),
  LATENCY_REGRESSION_ABS_MS(
      "thresholds.latency_regression_abs_ms",
      "1",
      "absolute floor in ms: smaller changes never fail"),
  REPORT_FORMAT(
      "report.format",
      "terminal,json,junit,markdown,html",
      "formats to write: terminal, json, junit, markdown, html"),
  REPORT_OUTPUT("report.output", "scry-report", "directory the report files are written to"),
  P50_MAX_MULTIPLIER(
      "ci.regression_thresholds.p50_max_multiplier",
      "1.5",
      "largest allowed candidate/baseline p50 ratio"),
  P95_MAX_MULTIPLIER("ci.regression_thresholds.p95_max_multiplier", "2", "the same for p95"),
  P99_MAX_MULTIPLIER("ci.regression_thresholds.p99_max_multiplier", "2", "the same for p99"),
  ERROR_RATE_MAX_DELTA(
      "ci.regression_thresholds.error_rate_max_delta",
      "0.01",
      "allowed growth of an existing SQLSTATE's error rate (0.01 = 1 point); new SQLSTATEs always fail"),
  MIN_QUERY_COUNT(
      "ci.regression_thresholds.min_query_count",
      "20",
      "patterns that ran fewer times are inconclusive for latency"),
  ROUNDS(
      "ci.rounds", "2", "measured rounds per database after the warm-up (interleaved A B B A ...)"),
  SAMPLE_PCT(
      "ci.sample_pct",
      "100",
      "percent of captured sessions to replay (whole sessions are sampled)"),
  MIN_CAPTURE_COMPLETENESS(
      "ci.min_capture_completeness",
      "99.9",
      "percent of the forwarded statements the capture must hold (its gap records say what the"
          + " proxy lost); below it the gate is a tool error"),
  REPLAY_PAST_GAPS(
      "ci.replay_past_gaps",
      "false",
      "also replay a session's statements after a gap in its capture (by default a session is"
          + " replayed up to its first gap)"),
  REPLAY_ROLE(
      "ci.replay_role",
      "",
      "the role the replayed traffic acts as (sent when each replay connection starts, like SET"
          + " ROLE), e.g. the application's own role; empty: the shadow URL's user"),
  MODE("ci.mode", "stress", "replay mode: stress (no think time) or timed (captured timing)"),
  CALIBRATE("ci.calibrate", "true", "also replay an untouched clone (A/A) to measure noise"),
  REHEARSAL_ENABLED(
      "ci.rehearsal.enabled",
      "true",
      "rehearse the migration on a clone under the replayed traffic and measure its locks"),
  REHEARSAL_LEAD(
      "ci.rehearsal.lead", "5s", "how long the traffic replays before the rehearsal's migration"),
  REHEARSAL_SPEED(
      "ci.rehearsal.speed", "1", "speed of the rehearsal's timed replay (2 = twice as fast)"),
  REHEARSAL_PROVE_REWRITES(
      "ci.rehearsal.prove_rewrites",
      "true",
      "after a LOCK RISK, rehearse the mechanical safe rewrite of the migration under the same"
          + " traffic and report its blocked time"),
  REHEARSAL_COMPARE_LATENCY(
      "ci.rehearsal.compare_latency",
      "true",
      "after the rehearsal, replay the migration's window of the capture on a clone without the"
          + " migration and report the traffic's latency in that window against it (costs the"
          + " migration's duration once more)"),
  PROVE_ADVICE(
      "ci.prove_advice",
      "true",
      "after a regression with an index suggestion, build the suggested indexes on a clone of the"
          + " candidate, replay the rounds on it, and report the verdict with them, the gain for"
          + " the reads and the cost for the writes"),
  LOCK_MAX_BLOCKED_MS(
      "thresholds.lock.max_blocked_ms",
      "1000",
      "longest any replayed statement may wait on the migration's locks in the rehearsal"),
  LOCK_MAX_EXCLUSIVE_MS(
      "thresholds.lock.max_exclusive_ms",
      "1000",
      "longest the migration may hold ACCESS EXCLUSIVE on a relation the traffic uses");

  private final String key;
  private final String defaultValue;
  private final String description;

  ConfigKey(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  /** The dotted name in scry.yaml. */
  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /** The environment variable that overrides the file. */
  public String environmentVariable() {
    return "SCRY_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
  }

  /** The key named {@code dotted}, or null. */
  public static ConfigKey byKey(String dotted) {
    for (ConfigKey k : values()) {
      if (k.key.equals(dotted)) {
        return k;
      }
    }
    return null;
  }
}
