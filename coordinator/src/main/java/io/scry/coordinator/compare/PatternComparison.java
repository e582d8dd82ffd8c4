package io.scry.coordinator.compare;

import io.scry.protocol.v1.Parameter;
import io.scry.protocol.v1.ProtocolKind;
import java.util.List;

/**
 * Everything the comparison found for one query pattern.
 *
 * @param count statements of this pattern per round (the capture's count)
 * @param impactMs frequency-weighted impact: count x (candidate mean - baseline mean), in
 *     milliseconds per round; orders the report
 * @param latency the three percentiles, empty when a side has no latencies
 * @param curve baseline and candidate latency at {@link CurvePoint#PERCENTILES}, for plots; empty
 *     when a side has no latencies
 * @param resultDifference null when results agree (or cannot be compared)
 * @param resultNondeterministic the baseline's own results varied (between rounds or against the
 *     A/A clone), so result differences of this pattern are not held against the migration
 * @param artifacts errors the replay itself caused, apart from {@code errors}; when they are many,
 *     the pattern's latency and results are not judged
 */
public record PatternComparison(
    long fingerprint,
    String normalizedSql,
    String sampleSql,
    List<Parameter> sampleParameters,
    ProtocolKind protocol,
    long count,
    PatternStatus status,
    List<Failure> failures,
    List<PercentileComparison> latency,
    List<CurvePoint> curve,
    double baselineMeanMs,
    double candidateMeanMs,
    double impactMs,
    List<ErrorChange> errors,
    ResultDifference resultDifference,
    boolean resultNondeterministic,
    ReplayArtifacts artifacts) {

  /** The fingerprint as reports print it: 16 hex digits. */
  public String fingerprintHex() {
    return String.format("%016x", fingerprint);
  }

  /** The percentile with the largest ratio among the regressed ones, or among all when none. */
  public PercentileComparison worstLatency() {
    return latency.stream()
        .filter(PercentileComparison::regressed)
        .max(java.util.Comparator.comparingDouble(PercentileComparison::ratio))
        .orElseGet(
            () ->
                latency.stream()
                    .max(java.util.Comparator.comparingDouble(PercentileComparison::ratio))
                    .orElse(null));
  }
}
