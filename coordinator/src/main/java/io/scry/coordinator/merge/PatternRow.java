package io.scry.coordinator.merge;

import io.scry.protocol.v1.PatternResult;

/**
 * One query pattern's line in a replay report.
 *
 * @param scheduleLag how late the pattern's statements started against their due time (timed mode;
 *     all zero in stress mode, which has no schedule): a pattern that lags where others do not
 *     waits behind its sessions' earlier statements, a lag of every pattern is the replayer's
 */
public record PatternRow(
    String fingerprint,
    String sql,
    long count,
    long errors,
    long rows,
    Percentiles latency,
    Percentiles scheduleLag) {

  public static PatternRow of(PatternResult pattern) {
    return new PatternRow(
        String.format("%016x", pattern.getFingerprint()),
        pattern.getNormalizedSql().isEmpty() ? pattern.getSampleSql() : pattern.getNormalizedSql(),
        pattern.getCount(),
        pattern.getErrorCount(),
        pattern.getRows(),
        Percentiles.of(pattern.getLatencyHistogram()),
        Percentiles.of(pattern.getScheduleLagHistogram()));
  }
}
