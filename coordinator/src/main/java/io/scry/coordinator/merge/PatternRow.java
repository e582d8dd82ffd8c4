package io.scry.coordinator.merge;

import io.scry.protocol.v1.PatternResult;

/** One query pattern's line in a replay report. */
public record PatternRow(
    String fingerprint, String sql, long count, long errors, long rows, Percentiles latency) {

  public static PatternRow of(PatternResult pattern) {
    return new PatternRow(
        String.format("%016x", pattern.getFingerprint()),
        pattern.getNormalizedSql().isEmpty() ? pattern.getSampleSql() : pattern.getNormalizedSql(),
        pattern.getCount(),
        pattern.getErrorCount(),
        pattern.getRows(),
        Percentiles.of(pattern.getLatencyHistogram()));
  }
}
