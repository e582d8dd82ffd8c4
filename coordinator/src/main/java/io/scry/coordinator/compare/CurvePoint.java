package io.scry.coordinator.compare;

/** One point of a latency-percentile curve, baseline and candidate, in milliseconds. */
public record CurvePoint(double percentile, double baselineMs, double candidateMs) {

  /** The percentiles a curve is drawn through. */
  static final double[] PERCENTILES = {1, 10, 25, 50, 75, 90, 95, 99, 99.9, 100};
}
