package io.scry.coordinator.compare;

import java.util.Comparator;
import java.util.List;

/**
 * How a pattern's latency compares.
 *
 * @param percentiles the judged percentiles, empty when a side has no latencies
 * @param curve baseline and candidate latency at {@link CurvePoint#PERCENTILES}, for plots; empty
 *     when a side has no latencies
 * @param impactMs frequency-weighted impact: count x (candidate mean - baseline mean), in
 *     milliseconds per round; orders the report
 * @param baselineLagP99Ms the p99 of how late the baseline's statements of the pattern started
 *     against their due time, over its rounds; NaN in stress mode, which has no schedule
 * @param candidateLagP99Ms the same on the candidate
 */
public record LatencyComparison(
    List<PercentileComparison> percentiles,
    List<CurvePoint> curve,
    double baselineMeanMs,
    double candidateMeanMs,
    double impactMs,
    double baselineLagP99Ms,
    double candidateLagP99Ms) {

  public LatencyComparison {
    percentiles = List.copyOf(percentiles);
    curve = List.copyOf(curve);
  }

  /** A comparison without a schedule (stress mode). */
  public LatencyComparison(
      List<PercentileComparison> percentiles,
      List<CurvePoint> curve,
      double baselineMeanMs,
      double candidateMeanMs,
      double impactMs) {
    this(percentiles, curve, baselineMeanMs, candidateMeanMs, impactMs, Double.NaN, Double.NaN);
  }

  /** Whether the replays had a schedule to keep (timed mode), so the lags mean something. */
  public boolean timed() {
    return !Double.isNaN(baselineLagP99Ms) || !Double.isNaN(candidateLagP99Ms);
  }

  /** The percentile with the largest ratio among the regressed ones, or among all when none. */
  public PercentileComparison worst() {
    Comparator<PercentileComparison> byRatio =
        Comparator.comparingDouble(PercentileComparison::ratio);
    return percentiles.stream()
        .filter(PercentileComparison::regressed)
        .max(byRatio)
        .orElseGet(() -> percentiles.stream().max(byRatio).orElse(null));
  }
}
