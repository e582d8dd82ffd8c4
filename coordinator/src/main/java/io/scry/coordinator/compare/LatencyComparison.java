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
 */
public record LatencyComparison(
    List<PercentileComparison> percentiles,
    List<CurvePoint> curve,
    double baselineMeanMs,
    double candidateMeanMs,
    double impactMs) {

  public LatencyComparison {
    percentiles = List.copyOf(percentiles);
    curve = List.copyOf(curve);
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
