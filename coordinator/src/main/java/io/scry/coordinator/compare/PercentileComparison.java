package io.scry.coordinator.compare;

/**
 * One latency percentile of one pattern, baseline against candidate.
 *
 * @param ratio candidate / baseline (point estimate over all rounds)
 * @param interval bootstrap interval of the ratio
 * @param noiseRatio the same ratio between the baseline and an untouched clone (A/A), or NaN when
 *     no calibration ran
 * @param threshold the multiplier the ratio and its interval's lower bound had to exceed: the
 *     configured one, raised by the A/A noise when that is larger than 1
 * @param samples latencies on the smaller side, over all rounds
 * @param judged whether both sides had {@link Percentile#minSamples()}: an unjudged percentile
 *     never regresses
 */
public record PercentileComparison(
    Percentile percentile,
    double baselineMs,
    double candidateMs,
    double ratio,
    Interval interval,
    double noiseRatio,
    double threshold,
    long samples,
    boolean judged,
    boolean regressed) {

  public double deltaMs() {
    return candidateMs - baselineMs;
  }
}
