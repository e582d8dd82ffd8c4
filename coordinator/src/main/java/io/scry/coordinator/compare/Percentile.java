package io.scry.coordinator.compare;

/** The latency percentiles a comparison judges. */
public enum Percentile {
  P50(50.0),
  P95(95.0),
  P99(99.0);

  private final double value;

  Percentile(double value) {
    this.value = value;
  }

  /** The percentile as a number between 0 and 100. */
  public double value() {
    return value;
  }

  /** "p50", "p95", "p99": the name reports and configuration use. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
