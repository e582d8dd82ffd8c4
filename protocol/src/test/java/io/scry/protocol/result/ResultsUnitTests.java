package io.scry.protocol.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.scry.protocol.v1.ErrorCount;
import io.scry.protocol.v1.Failover;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ReplayResult;
import io.scry.protocol.v1.StatementDigest;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ResultsUnitTests {

  @Test
  void aHistogramWithAStaleHeaderSurvivesEncoding() throws Exception {
    // Replay sessions record latencies concurrently into one Recorder, which resizes as larger
    // values arrive; two racing resizes can leave its interval histogram with a highest trackable
    // value below its counts (seen once in a demo run). That state, made on purpose:
    Histogram stale = Results.newHistogram();
    stale.recordValue(120);
    stale.recordValue(161_535);
    Field highest =
        Class.forName("org.HdrHistogram.AbstractHistogramBase")
            .getDeclaredField("highestTrackableValue");
    highest.setAccessible(true);
    highest.setLong(stale, 16_383);

    Histogram decoded = Results.decodeHistogram(Results.encodeHistogram(stale));

    assertEquals(2, decoded.getTotalCount());
    assertEquals(stale.getMaxValue(), decoded.getMaxValue());
  }

  @Test
  void histogramsSurviveEncoding() {
    Histogram histogram = Results.newHistogram();
    LongStream.rangeClosed(1, 1000).forEach(histogram::recordValue);

    Histogram decoded = Results.decodeHistogram(Results.encodeHistogram(histogram));

    assertEquals(1000, decoded.getTotalCount());
    assertEquals(histogram.getValueAtPercentile(99), decoded.getValueAtPercentile(99));
    assertEquals(0, Results.decodeHistogram(ByteString.EMPTY).getTotalCount());
    assertThrows(
        IllegalArgumentException.class,
        () -> Results.decodeHistogram(ByteString.copyFromUtf8("not a histogram")));
  }

  @Test
  void mergeAddsCountsDigestsHistogramsAndErrors() {
    ReplayResult a = shard(List.of(1, 2, 3), "42P01", 100, 5_000_000_000L);
    ReplayResult b = shard(List.of(4, 5), "42P01", 300, 7_000_000_000L);

    ReplayResult merged = Results.merge(List.of(a, b));

    PatternResult pattern = merged.getPatterns(0);
    assertEquals(5, pattern.getCount());
    assertEquals(2, pattern.getErrorCount());
    assertEquals(List.of(error("42P01", 2)), pattern.getErrorsList());
    assertEquals(
        a.getPatterns(0).getResultDigest() + b.getPatterns(0).getResultDigest(),
        pattern.getResultDigest());
    Histogram latency = Results.latencyHistogram(pattern);
    assertEquals(5, latency.getTotalCount());
    assertEquals(300, latency.getMaxValue(), 1);
    assertEquals(5, merged.getStatements());
    assertEquals(2, merged.getSessions());
    assertEquals(7_000_000_000L, merged.getWallNanos(), "shards run side by side");
  }

  @Test
  void mergeAddsEachPatternsScheduleLagAndLeavesAStressPatternWithout() {
    ReplayResult a = withPatternLag(shard(List.of(1, 2), "", 100, 1), 1_000, 2_000);
    ReplayResult b = withPatternLag(shard(List.of(3), "", 100, 1), 90_000);

    Histogram lag =
        Results.decodeHistogram(
            Results.merge(List.of(a, b)).getPatterns(0).getScheduleLagHistogram());

    assertEquals(3, lag.getTotalCount());
    assertEquals(90_000, lag.getMaxValue(), 100);
    assertEquals(1_000, lag.getMinValue(), 10);
    ReplayResult stress = shard(List.of(4), "", 100, 1);
    assertTrue(
        Results.merge(List.of(stress, stress.toBuilder().build()))
            .getPatterns(0)
            .getScheduleLagHistogram()
            .isEmpty());
  }

  private static ReplayResult withPatternLag(ReplayResult shard, long... lagMicros) {
    Histogram lag = Results.newHistogram();
    LongStream.of(lagMicros).forEach(lag::recordValue);
    return shard.toBuilder()
        .setPatterns(
            0,
            shard.getPatterns(0).toBuilder().setScheduleLagHistogram(Results.encodeHistogram(lag)))
        .build();
  }

  @Test
  void mergeKeepsEveryShardsFailovers() {
    Failover lostFirst = Failover.newBuilder().setShard(0).setAttempt(1).setWorker("w1").build();
    Failover lostSecond = Failover.newBuilder().setShard(1).setAttempt(2).setWorker("w2").build();
    ReplayResult a = shard(List.of(1), "42P01", 100, 1).toBuilder().addFailovers(lostFirst).build();
    ReplayResult b =
        shard(List.of(2), "42P01", 100, 1).toBuilder().addFailovers(lostSecond).build();

    assertEquals(List.of(lostFirst, lostSecond), Results.merge(List.of(a, b)).getFailoversList());
    assertEquals(0, Results.merge(List.of(shard(List.of(3), "", 1, 1))).getFailoversCount());
  }

  @Test
  void mergeKeepsTheBottomKSamplesWhicheverShardHeldThem() {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      all.add(i);
    }
    ReplayResult whole = shard(all, "", 1, 1);
    ReplayResult merged =
        Results.merge(
            List.of(shard(all.subList(0, 37), "", 1, 1), shard(all.subList(37, 100), "", 1, 1)));

    assertEquals(DigestSampling.K, merged.getPatterns(0).getDigestSamplesCount());
    assertEquals(
        whole.getPatterns(0).getDigestSamplesList(), merged.getPatterns(0).getDigestSamplesList());
    assertEquals(whole.getPatterns(0).getSampleSql(), merged.getPatterns(0).getSampleSql());
  }

  @Test
  void mergeRefusesResultsOfDifferentRuns() {
    ReplayResult a = shard(List.of(1), "", 1, 1);
    ReplayResult otherRound = a.toBuilder().setRound(2).build();

    assertThrows(IllegalArgumentException.class, () -> Results.merge(List.of(a, otherRound)));
    assertThrows(IllegalArgumentException.class, () -> Results.merge(List.of()));
  }

  @Test
  void sampleKeysDependOnTheStatementOnly() {
    assertEquals(DigestSampling.key("p1", 7, 3), DigestSampling.key("p1", 7, 3));
    assertNotEquals(DigestSampling.key("p1", 7, 3), DigestSampling.key("p1", 7, 4));
    assertNotEquals(DigestSampling.key("p1", 7, 3), DigestSampling.key("p2", 7, 3));
  }

  /** A shard result with one pattern: one statement per sequence, in session {@code 1}. */
  private static ReplayResult shard(
      List<Integer> sequences, String sqlstate, long latencyMicros, long wallNanos) {
    Histogram latency = Results.newHistogram();
    List<StatementDigest> digests = new ArrayList<>();
    long digestSum = 0;
    for (int sequence : sequences) {
      latency.recordValue(latencyMicros);
      digests.add(
          StatementDigest.newBuilder()
              .setProxyId("p1")
              .setSessionId(1)
              .setSequence(sequence)
              .setDigest(Hashing.mix(sequence))
              .build());
      digestSum += Hashing.mix(sequence);
    }
    List<StatementDigest> samples = DigestSampling.bottomK(digests);
    StatementDigest first = samples.get(0);
    PatternResult.Builder pattern =
        PatternResult.newBuilder()
            .setFingerprint(42)
            .setNormalizedSql("select $1")
            .setSampleSql("select " + first.getSessionId() + "/" + first.getSequence())
            .setCount(sequences.size())
            .setResultDigest(digestSum)
            .setLatencyHistogram(Results.encodeHistogram(latency))
            .addAllDigestSamples(samples);
    if (!sqlstate.isEmpty()) {
      pattern.setErrorCount(1).addErrors(error(sqlstate, 1));
    }
    return ReplayResult.newBuilder()
        .setJobId("job")
        .setTarget("postgres://app@db:5432/shop")
        .setRound(1)
        .addPatterns(pattern)
        .setStatements(sequences.size())
        .setSessions(1)
        .setWallNanos(wallNanos)
        .build();
  }

  private static ErrorCount error(String sqlstate, long count) {
    return ErrorCount.newBuilder()
        .setSqlstate(sqlstate)
        .setCount(count)
        .setSampleMessage("relation does not exist")
        .setSampleSql("select 1")
        .build();
  }
}
