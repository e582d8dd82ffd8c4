package io.scry.coordinator.compare;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * One side's latencies (microseconds) of one pattern as an empirical distribution: the distinct
 * recorded values in order with their cumulative counts, so any rank is a binary search away (the
 * bootstrap asks for thousands of ranks).
 */
final class LatencySamples {
  private final long[] values;
  private final long[] cumulative;
  private final double mean;

  private LatencySamples(long[] values, long[] cumulative, double mean) {
    this.values = values;
    this.cumulative = cumulative;
    this.mean = mean;
  }

  static LatencySamples of(Histogram histogram) {
    int distinct = 0;
    for (HistogramIterationValue ignored : histogram.recordedValues()) {
      distinct++;
    }
    long[] values = new long[distinct];
    long[] cumulative = new long[distinct];
    int i = 0;
    long total = 0;
    for (HistogramIterationValue v : histogram.recordedValues()) {
      total += v.getCountAtValueIteratedTo();
      values[i] = histogram.highestEquivalentValue(v.getValueIteratedTo());
      cumulative[i] = total;
      i++;
    }
    return new LatencySamples(
        values, cumulative, histogram.getTotalCount() == 0 ? 0 : histogram.getMean());
  }

  /** Pools several rounds into one distribution. */
  static LatencySamples pooled(List<Histogram> rounds) {
    return of(pool(rounds));
  }

  /** Several rounds' histograms added into one (auto-resizing, so any values fit). */
  static Histogram pool(List<Histogram> rounds) {
    Histogram pooled = new Histogram(3);
    rounds.forEach(pooled::add);
    return pooled;
  }

  /** Decodes an HdrHistogram in its compressed encoding; an empty buffer is an empty histogram. */
  static Histogram decode(com.google.protobuf.ByteString encoded) {
    if (encoded.isEmpty()) {
      return new Histogram(3);
    }
    try {
      return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(encoded.toByteArray()), 0);
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("latency histogram is not a compressed HdrHistogram", e);
    }
  }

  long count() {
    return cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
  }

  double meanMicros() {
    return mean;
  }

  /** The value at {@code rank} (1-based) in sorted order. */
  long atRank(long rank) {
    int i = Arrays.binarySearch(cumulative, Math.max(1, Math.min(rank, count())));
    return values[i >= 0 ? i : -i - 1];
  }

  /** The nearest-rank percentile, as HdrHistogram and most tools define it. */
  long atPercentile(double percentile) {
    return atRank(rankOf(percentile, count()));
  }

  static long rankOf(double percentile, long count) {
    return Math.max(1, (long) Math.ceil(percentile / 100.0 * count));
  }
}
