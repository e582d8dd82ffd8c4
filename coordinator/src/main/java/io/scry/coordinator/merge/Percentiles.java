package io.scry.coordinator.merge;

import io.scry.protocol.result.Results;
import org.HdrHistogram.Histogram;

/** Latency percentiles in milliseconds, from a histogram of microseconds. */
public record Percentiles(double p50Ms, double p95Ms, double p99Ms, double maxMs) {

  public static Percentiles of(com.google.protobuf.ByteString encodedMicros) {
    return of(Results.decodeHistogram(encodedMicros));
  }

  public static Percentiles of(Histogram micros) {
    if (micros.getTotalCount() == 0) {
      return new Percentiles(0, 0, 0, 0);
    }
    return new Percentiles(
        ms(micros.getValueAtPercentile(50)),
        ms(micros.getValueAtPercentile(95)),
        ms(micros.getValueAtPercentile(99)),
        ms(micros.getMaxValue()));
  }

  private static double ms(long micros) {
    return micros / 1000.0;
  }
}
