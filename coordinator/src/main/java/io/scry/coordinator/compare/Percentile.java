package io.scry.coordinator.compare;

/** The latency percentiles a comparison judges. */
public enum Percentile {
  P50(50.0),
  P95(95.0),
  P99(99.0);

  /**
   * Samples that must lie above a percentile, on each side, before it is judged. The p99 of 64
   * samples is their maximum, and a bootstrap interval of a maximum is far too narrow: it turned
   * one slow insert on a no-op migration into a regression. Five samples in the tail is the usual
   * rule of thumb for a tail estimate.
   */
  public static final int MIN_TAIL_SAMPLES = 5;

  private final double value;

  Percentile(double value) {
    this.value = value;
  }

  /** The percentile as a number between 0 and 100. */
  public double value() {
    return value;
  }

  /** Samples a side needs for this percentile to be judged: p50 10, p95 100, p99 500. */
  public long minSamples() {
    return (long) Math.ceil(MIN_TAIL_SAMPLES / (1 - value / 100.0) - 1e-9);
  }

  /** "p50", "p95", "p99": the name reports and configuration use. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
