package io.scry.coordinator.compare;

import com.google.protobuf.ByteString;
import io.scry.protocol.v1.ErrorCount;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ProtocolKind;
import io.scry.protocol.v1.ReplayResult;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import org.HdrHistogram.Histogram;

/**
 * Builds replay results from synthetic latency distributions, the way workers would report them.
 */
public final class SyntheticPatterns {
  private SyntheticPatterns() {}

  /**
   * A log-normal latency histogram: median {@code medianMs}, spread {@code sigma} (0.3 is a quiet
   * machine's jitter), {@code count} samples drawn with {@code seed}.
   */
  public static ByteString latencies(double medianMs, double sigma, int count, long seed) {
    Random random = new Random(seed);
    Histogram histogram = new Histogram(3);
    for (int i = 0; i < count; i++) {
      double ms = medianMs * Math.exp(sigma * random.nextGaussian());
      histogram.recordValue(Math.max(1, Math.round(ms * 1000)));
    }
    ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
    int length = histogram.encodeIntoCompressedByteBuffer(buffer);
    return ByteString.copyFrom(buffer.array(), 0, length);
  }

  public static PatternResult.Builder pattern(long fingerprint, String sql, ByteString latencies) {
    Histogram decoded = LatencySamples.decode(latencies);
    return PatternResult.newBuilder()
        .setFingerprint(fingerprint)
        .setNormalizedSql(sql)
        .setSampleSql(sql.replace("$1", "'eu'"))
        .setProtocol(ProtocolKind.PROTOCOL_EXTENDED)
        .setCount(decoded.getTotalCount())
        .setLatencyHistogram(latencies)
        .setRows(decoded.getTotalCount())
        .setResultDigest(fingerprint * 31);
  }

  public static ErrorCount error(String sqlstate, long count) {
    return ErrorCount.newBuilder()
        .setSqlstate(sqlstate)
        .setCount(count)
        .setSampleMessage("error " + sqlstate)
        .setSampleSql("SELECT broken")
        .build();
  }

  public static ReplayResult round(String target, int round, PatternResult.Builder... patterns) {
    ReplayResult.Builder result = ReplayResult.newBuilder().setTarget(target).setRound(round);
    for (PatternResult.Builder pattern : patterns) {
      result.addPatterns(pattern);
    }
    return result.build();
  }

  public static List<ReplayResult> rounds(String target, int rounds, PatternSpec... specs) {
    return java.util.stream.IntStream.range(0, rounds)
        .mapToObj(
            r -> {
              ReplayResult.Builder result = ReplayResult.newBuilder().setTarget(target).setRound(r);
              for (PatternSpec spec : specs) {
                long seed = spec.seed * 1000 + r;
                result.addPatterns(
                    pattern(
                        spec.fingerprint,
                        spec.sql,
                        latencies(spec.medianMs, spec.sigma, spec.count, seed)));
              }
              return result.build();
            })
        .toList();
  }

  public record PatternSpec(
      long fingerprint, String sql, double medianMs, double sigma, int count, long seed) {}
}
