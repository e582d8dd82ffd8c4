package io.scry.coordinator.compare;

/**
 * The rules a comparison applies. A pattern's latency regresses at a percentile only when all of
 * these hold: the candidate/baseline ratio exceeds the percentile's multiplier (raised by the noise
 * an A/A calibration measured), the absolute change exceeds {@code absoluteFloorMs}, the pattern
 * ran at least {@code minQueryCount} times, and the lower bound of the bootstrap interval of the
 * ratio (at {@code confidence}, over rounds and samples) exceeds the multiplier too.
 *
 * @param p50Multiplier candidate p50 may be at most this many times the baseline p50
 * @param p95Multiplier the same for p95
 * @param p99Multiplier the same for p99
 * @param absoluteFloorMs changes smaller than this (milliseconds) never count as regressions
 * @param minQueryCount patterns that ran fewer times per round are inconclusive for latency
 * @param errorRateMaxDelta allowed increase of an SQLSTATE's error rate that already occurred on
 *     the baseline (0.01 = one percentage point); a SQLSTATE new on the candidate always fails
 * @param confidence two-sided confidence of the bootstrap interval, e.g. 0.95
 * @param bootstrapIterations resamples per pattern and percentile
 * @param seed seed of the bootstrap, so the same inputs always give the same verdict
 */
public record Thresholds(
    double p50Multiplier,
    double p95Multiplier,
    double p99Multiplier,
    double absoluteFloorMs,
    long minQueryCount,
    double errorRateMaxDelta,
    double confidence,
    int bootstrapIterations,
    long seed) {

  /** The documented defaults (docs/CI.md). */
  public static final Thresholds DEFAULTS =
      new Thresholds(1.5, 2.0, 2.0, 1.0, 20, 0.01, 0.95, 2000, 42L);

  public Thresholds {
    requirePositive("p50Multiplier", p50Multiplier);
    requirePositive("p95Multiplier", p95Multiplier);
    requirePositive("p99Multiplier", p99Multiplier);
    if (absoluteFloorMs < 0 || Double.isNaN(absoluteFloorMs)) {
      throw new IllegalArgumentException("absoluteFloorMs must be >= 0, got " + absoluteFloorMs);
    }
    if (minQueryCount < 1) {
      throw new IllegalArgumentException("minQueryCount must be >= 1, got " + minQueryCount);
    }
    if (errorRateMaxDelta < 0 || errorRateMaxDelta > 1 || Double.isNaN(errorRateMaxDelta)) {
      throw new IllegalArgumentException(
          "errorRateMaxDelta must be between 0 and 1, got " + errorRateMaxDelta);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
    }
    if (bootstrapIterations < 100) {
      throw new IllegalArgumentException(
          "bootstrapIterations must be >= 100, got " + bootstrapIterations);
    }
  }

  /** The multiplier configured for {@code percentile}. */
  public double multiplier(Percentile percentile) {
    return switch (percentile) {
      case P50 -> p50Multiplier;
      case P95 -> p95Multiplier;
      case P99 -> p99Multiplier;
    };
  }

  private static void requirePositive(String name, double value) {
    if (!(value >= 1.0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 1, got " + value);
    }
  }
}
