package io.scry.coordinator.rehearsal;

import java.util.Arrays;

/**
 * What the successful samples cost on this side: the query's round trip plus folding its answer
 * into the timeline. It has to stay well under the interval, or samples start late. The first
 * sample is left out: it also prepares the statement and warms up the client.
 */
public record SampleCost(
    int samples, long meanMicros, long p50Micros, long p99Micros, long maxMicros) {

  static SampleCost of(int[] costMicros) {
    if (costMicros.length == 0) {
      return new SampleCost(0, 0, 0, 0, 0);
    }
    int[] sorted = costMicros.clone();
    Arrays.sort(sorted);
    long sum = 0;
    for (int cost : sorted) {
      sum += cost;
    }
    return new SampleCost(
        sorted.length,
        sum / sorted.length,
        sorted[percentileIndex(sorted.length, 0.50)],
        sorted[percentileIndex(sorted.length, 0.99)],
        sorted[sorted.length - 1]);
  }

  private static int percentileIndex(int n, double p) {
    return Math.min(n - 1, (int) Math.ceil(p * n) - 1);
  }
}
