package io.scry.coordinator.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class RatioBootstrapUnitTests {

  @Test
  void betaDrawsHaveTheRightMean() {
    SplittableRandom random = new SplittableRandom(1);
    double sum = 0;
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      sum += RatioBootstrap.beta(3, 7, random);
    }
    assertEquals(0.3, sum / n, 0.01);
  }

  @Test
  void intervalOfIdenticalSidesContainsOne() {
    Histogram h = histogram(1000, 5000);
    Interval interval =
        new RatioBootstrap(List.of(h), List.of(h)).interval(Percentile.P95, 2000, 0.95, 7);
    assertTrue(interval.low() <= 1.0 && interval.high() >= 1.0, interval.toString());
  }

  @Test
  void intervalOfAShiftedSideExcludesOne() {
    Interval interval =
        new RatioBootstrap(List.of(histogram(1000, 2000)), List.of(histogram(3000, 6000)))
            .interval(Percentile.P50, 2000, 0.95, 7);
    assertTrue(interval.low() > 2.5 && interval.high() < 3.5, interval.toString());
  }

  @Test
  void sameSeedSameInterval() {
    RatioBootstrap bootstrap =
        new RatioBootstrap(List.of(histogram(1000, 2000)), List.of(histogram(1100, 2300)));
    assertEquals(
        bootstrap.interval(Percentile.P99, 1000, 0.95, 3),
        bootstrap.interval(Percentile.P99, 1000, 0.95, 3));
  }

  /** Uniform values from {@code low} to {@code high} microseconds. */
  private static Histogram histogram(long low, long high) {
    Histogram h = new Histogram(3);
    for (long v = low; v < high; v += (high - low) / 500) {
      h.recordValue(v);
    }
    return h;
  }
}
