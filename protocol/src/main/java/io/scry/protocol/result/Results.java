package io.scry.protocol.result;

import com.google.protobuf.ByteString;
import io.scry.protocol.v1.ErrorCount;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ReplayResult;
import io.scry.protocol.v1.StatementDigest;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;

/**
 * Reading and merging {@link ReplayResult}s. Every field of a result is mergeable: counts and
 * digests add (digests modulo 2^64), histograms add, digest samples are re-reduced to the bottom-k,
 * errors and replay artifacts add by SQLSTATE.
 *
 * <pre>{@code
 * ReplayResult round = Results.merge(List.of(shard1, shard2));
 * Histogram latency = Results.latencyHistogram(round.getPatterns(0));
 * long p99 = latency.getValueAtPercentile(99);   // microseconds
 * }</pre>
 */
public final class Results {

  /** Significant digits of every histogram in a result. */
  public static final int HISTOGRAM_DIGITS = 3;

  private static final Comparator<PatternResult> BY_FINGERPRINT =
      (a, b) -> Long.compareUnsigned(a.getFingerprint(), b.getFingerprint());

  private Results() {}

  /** A new empty, auto-resizing histogram of the precision results use. */
  public static Histogram newHistogram() {
    return new Histogram(HISTOGRAM_DIGITS);
  }

  /** The latency histogram (microseconds) of a pattern. */
  public static Histogram latencyHistogram(PatternResult pattern) {
    return decodeHistogram(pattern.getLatencyHistogram());
  }

  /** The schedule-lag histogram (microseconds) of a result. */
  public static Histogram scheduleLagHistogram(ReplayResult result) {
    return decodeHistogram(result.getScheduleLagHistogram());
  }

  /**
   * Decodes a histogram written by {@link #encodeHistogram}; empty bytes are an empty histogram.
   *
   * @throws IllegalArgumentException if the bytes are not a compressed HdrHistogram
   */
  public static Histogram decodeHistogram(ByteString bytes) {
    Histogram histogram = newHistogram();
    if (bytes.isEmpty()) {
      return histogram;
    }
    try {
      histogram.add(Histogram.decodeFromCompressedByteBuffer(bytes.asReadOnlyByteBuffer(), 0));
    } catch (DataFormatException | RuntimeException e) {
      throw new IllegalArgumentException("not an encoded HdrHistogram: " + e.getMessage(), e);
    }
    return histogram;
  }

  /**
   * The compressed encoding of {@code histogram}, the form results carry.
   *
   * <p>The histogram is copied into a plain one first: an interval histogram of a {@code Recorder}
   * that resized while several threads recorded can carry a stale highest trackable value in its
   * header, shorter than its counts, and then fails to decode (seen: "Index 6238 out of bounds for
   * length 6144" in a replay of several sessions). Copying sizes the header by the real maximum.
   */
  public static ByteString encodeHistogram(AbstractHistogram histogram) {
    Histogram plain = newHistogram();
    plain.add(histogram);
    ByteBuffer buffer = ByteBuffer.allocate(plain.getNeededByteBufferCapacity());
    int length = plain.encodeIntoCompressedByteBuffer(buffer);
    return ByteString.copyFrom(buffer.array(), 0, length);
  }

  /**
   * Merges the results of several shards (or workers) of one round on one target into one. Sessions
   * ran concurrently, so the merged wall time is the longest one.
   *
   * @throws IllegalArgumentException if the list is empty or the results belong to different jobs,
   *     targets or rounds
   */
  public static ReplayResult merge(List<ReplayResult> results) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge: no results");
    }
    ReplayResult first = results.get(0);
    Map<Long, List<PatternResult>> byFingerprint = new LinkedHashMap<>();
    Histogram lag = newHistogram();
    ReplayResult.Builder merged =
        ReplayResult.newBuilder()
            .setJobId(first.getJobId())
            .setTarget(first.getTarget())
            .setRound(first.getRound());
    for (ReplayResult result : results) {
      requireSameRun(first, result);
      for (PatternResult pattern : result.getPatternsList()) {
        byFingerprint
            .computeIfAbsent(pattern.getFingerprint(), k -> new ArrayList<>())
            .add(pattern);
      }
      lag.add(scheduleLagHistogram(result));
      merged
          .setStatements(merged.getStatements() + result.getStatements())
          .setSessions(merged.getSessions() + result.getSessions())
          .setWallNanos(Math.max(merged.getWallNanos(), result.getWallNanos()))
          .setAbandonedSessions(merged.getAbandonedSessions() + result.getAbandonedSessions())
          .setSkippedStatements(merged.getSkippedStatements() + result.getSkippedStatements());
      result
          .getCloneEscapesMap()
          .forEach(
              (kind, count) ->
                  merged.putCloneEscapes(kind, merged.getCloneEscapesOrDefault(kind, 0) + count));
      merged.addAllFailovers(result.getFailoversList());
    }
    byFingerprint.values().stream()
        .map(Results::mergePatterns)
        .sorted(BY_FINGERPRINT)
        .forEach(merged::addPatterns);
    return merged.setScheduleLagHistogram(encodeHistogram(lag)).build();
  }

  /** Merges results of the same fingerprint. */
  static PatternResult mergePatterns(List<PatternResult> patterns) {
    // The representative statement is the one with the smallest sampling key, as in one run.
    PatternResult representative =
        patterns.stream().min(Comparator.comparing(Results::firstSample, SAMPLE_ORDER)).get();
    PatternResult.Builder merged =
        PatternResult.newBuilder()
            .setFingerprint(representative.getFingerprint())
            .setNormalizedSql(representative.getNormalizedSql())
            .setSampleSql(representative.getSampleSql())
            .addAllSampleParameters(representative.getSampleParametersList())
            .setProtocol(representative.getProtocol());
    Histogram latency = newHistogram();
    Histogram lag = newHistogram();
    boolean timed = false;
    Map<String, ErrorCount> errors = new TreeMap<>();
    Map<String, ErrorCount> artifacts = new TreeMap<>();
    List<StatementDigest> samples = new ArrayList<>();
    for (PatternResult pattern : patterns) {
      merged
          .setCount(merged.getCount() + pattern.getCount())
          .setErrorCount(merged.getErrorCount() + pattern.getErrorCount())
          .setRows(merged.getRows() + pattern.getRows())
          .setResultDigest(merged.getResultDigest() + pattern.getResultDigest());
      latency.add(latencyHistogram(pattern));
      if (!pattern.getScheduleLagHistogram().isEmpty()) {
        lag.add(decodeHistogram(pattern.getScheduleLagHistogram()));
        timed = true;
      }
      pattern
          .getErrorsList()
          .forEach(error -> errors.merge(error.getSqlstate(), error, Results::add));
      pattern
          .getArtifactsList()
          .forEach(artifact -> artifacts.merge(artifact.getSqlstate(), artifact, Results::add));
      samples.addAll(pattern.getDigestSamplesList());
    }
    if (timed) {
      merged.setScheduleLagHistogram(encodeHistogram(lag));
    }
    return merged
        .setLatencyHistogram(encodeHistogram(latency))
        .addAllErrors(errors.values())
        .addAllArtifacts(artifacts.values())
        .addAllDigestSamples(DigestSampling.bottomK(samples))
        .build();
  }

  private static final Comparator<StatementDigest> SAMPLE_ORDER =
      Comparator.nullsLast(DigestSampling.BY_KEY);

  private static StatementDigest firstSample(PatternResult pattern) {
    return pattern.getDigestSamplesCount() == 0 ? null : pattern.getDigestSamples(0);
  }

  private static ErrorCount add(ErrorCount a, ErrorCount b) {
    return a.toBuilder().setCount(a.getCount() + b.getCount()).build();
  }

  private static void requireSameRun(ReplayResult first, ReplayResult other) {
    if (!first.getJobId().equals(other.getJobId())
        || !first.getTarget().equals(other.getTarget())
        || first.getRound() != other.getRound()) {
      throw new IllegalArgumentException(
          "cannot merge results of different runs: " + describe(first) + " and " + describe(other));
    }
  }

  private static String describe(ReplayResult result) {
    return "job "
        + result.getJobId()
        + " target "
        + result.getTarget()
        + " round "
        + result.getRound();
  }
}
