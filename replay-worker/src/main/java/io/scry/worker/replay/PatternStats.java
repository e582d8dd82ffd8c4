package io.scry.worker.replay;

import io.scry.protocol.fingerprint.QueryFingerprint;
import io.scry.protocol.result.DigestSampling;
import io.scry.protocol.result.Hashing;
import io.scry.protocol.result.Results;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.ErrorCount;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.StatementDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.HdrHistogram.PackedHistogram;

/**
 * The running result of one query pattern in one shard. Sessions record concurrently, under this
 * object's lock.
 *
 * <p>The pattern's result digest is the sum, modulo 2^64, of one value per statement that mixes the
 * statement's identity (proxy id, session id, sequence) with its row digest and row count:
 * order-insensitive across sessions, sensitive to which statement returned what, and mergeable
 * across shards by addition.
 */
final class PatternStats {

  private static final long STATEMENT_SEED = 0x57A7_E3E7L;
  private static final Comparator<Sample> LARGEST_KEY_FIRST =
      (a, b) -> Long.compareUnsigned(b.key(), a.key());

  /**
   * How many statements, those with the smallest sampling keys, compete to represent the pattern:
   * the one at the upper quartile of their latencies wins. The statement a report explains for a
   * regressed pattern should be of the slower kind, which shows the slow plan, without being the
   * one outlier that waited for a lock.
   */
  static final int REPRESENTATIVE_CANDIDATES = 15;

  private static final Comparator<Candidate> LARGEST_CANDIDATE_KEY_FIRST =
      (a, b) -> Long.compareUnsigned(b.key(), a.key());

  private record Sample(long key, StatementDigest digest) {}

  private record Candidate(long key, CaptureEvent event, long latencyMicros) {}

  private final QueryFingerprint fingerprint;
  // Packed: a plain 3-digit histogram keeps a dense array of 2,048+ counts, about 34 KB a pattern
  // even for one statement, so a capture of 20,000 patterns took 680 MB of heap per shard
  // (measured). A packed one stores only the buckets in use: about 1.5 KB for one value. Not
  // HdrHistogram's packed Recorder: its concurrent resize livelocks when sessions on several
  // threads record into one pattern (a replay of 16 sessions of one pattern hung in it, two
  // threads spinning in WriterReaderPhaser.flipPhase), so it is written under the lock instead.
  private final PackedHistogram latency = new PackedHistogram(Results.HISTOGRAM_DIGITS);
  // Only timed replays have a schedule: a stress replay never makes one.
  private PackedHistogram scheduleLag;
  private long count;
  private long errorCount;
  private long rows;
  private long resultDigest;
  private final Map<String, ErrorCount.Builder> errors = new TreeMap<>();
  private final Map<String, ErrorCount.Builder> artifacts = new TreeMap<>();
  private final PriorityQueue<Sample> samples = new PriorityQueue<>(LARGEST_KEY_FIRST);
  private final PriorityQueue<Candidate> representatives =
      new PriorityQueue<>(LARGEST_CANDIDATE_KEY_FIRST);

  PatternStats(QueryFingerprint fingerprint) {
    this.fingerprint = fingerprint;
  }

  /**
   * @param artifact a replay artifact: counted apart from errors, and its latency (the replay's own
   *     lock wait) is not the target's
   */
  void record(ReplayEvent replayed, StatementOutcome outcome, boolean artifact) {
    CaptureEvent event = replayed.event();
    long key = DigestSampling.key(event.getProxyId(), event.getSessionId(), event.getSequence());
    long statementDigest =
        Hashing.combine(
            STATEMENT_SEED,
            replayed.session().proxyIdHash(),
            event.getSessionId(),
            event.getSequence(),
            outcome.rowDigest(),
            outcome.rows());
    synchronized (this) {
      if (outcome.executed() && !artifact) {
        latency.recordValue(outcome.latencyMicros());
      }
      count++;
      rows += outcome.rows();
      resultDigest += statementDigest;
      if (outcome.failed()) {
        if (!artifact) {
          errorCount++;
        }
        ErrorCount.Builder error =
            (artifact ? artifacts : errors)
                .computeIfAbsent(
                    outcome.sqlstate(),
                    code ->
                        ErrorCount.newBuilder()
                            .setSqlstate(code)
                            .setSampleMessage(outcome.message())
                            .setSampleSql(event.getStatement().getSql()));
        error.setCount(error.getCount() + 1);
      }
      if (!artifact) {
        considerAsRepresentative(key, event, outcome);
      }
      sample(key, event, outcome);
    }
  }

  /** How late one of the pattern's statements started against its due time. */
  synchronized void recordScheduleLag(long lagMicros) {
    if (scheduleLag == null) {
      scheduleLag = new PackedHistogram(Results.HISTOGRAM_DIGITS);
    }
    scheduleLag.recordValue(lagMicros);
  }

  private void considerAsRepresentative(long key, CaptureEvent event, StatementOutcome outcome) {
    if (representatives.size() == REPRESENTATIVE_CANDIDATES
        && Long.compareUnsigned(key, representatives.peek().key()) >= 0) {
      return;
    }
    representatives.add(new Candidate(key, event, outcome.latencyMicros()));
    if (representatives.size() > REPRESENTATIVE_CANDIDATES) {
      representatives.poll();
    }
  }

  /** The candidate at the upper quartile of latency (ties: the smaller key), or null before any. */
  private CaptureEvent representative() {
    List<Candidate> byLatency =
        representatives.stream()
            .sorted(
                Comparator.comparingLong(Candidate::latencyMicros)
                    .thenComparing(Candidate::key, Long::compareUnsigned))
            .toList();
    return byLatency.isEmpty() ? null : byLatency.get((byLatency.size() - 1) * 3 / 4).event();
  }

  private void sample(long key, CaptureEvent event, StatementOutcome outcome) {
    if (samples.size() == DigestSampling.K
        && Long.compareUnsigned(key, samples.peek().key()) >= 0) {
      return;
    }
    samples.add(
        new Sample(
            key,
            StatementDigest.newBuilder()
                .setProxyId(event.getProxyId())
                .setSessionId(event.getSessionId())
                .setSequence(event.getSequence())
                .setDigest(outcome.rowDigest())
                .setRows(outcome.rows())
                .setSqlstate(outcome.sqlstate())
                .build()));
    if (samples.size() > DigestSampling.K) {
      samples.poll();
    }
  }

  /** The pattern's result; call once, at the end (it drains the latency recorder). */
  synchronized PatternResult toResult() {
    PatternResult.Builder result =
        PatternResult.newBuilder()
            .setFingerprint(fingerprint.id())
            .setNormalizedSql(fingerprint.normalized())
            .setCount(count)
            .setErrorCount(errorCount)
            .setRows(rows)
            .setResultDigest(resultDigest)
            .setLatencyHistogram(Results.encodeHistogram(latency));
    if (scheduleLag != null) {
      result.setScheduleLagHistogram(Results.encodeHistogram(scheduleLag));
    }
    CaptureEvent representative = representative();
    if (representative != null) {
      result
          .setSampleSql(representative.getStatement().getSql())
          .addAllSampleParameters(representative.getStatement().getParametersList())
          .setProtocol(representative.getStatement().getProtocol());
    }
    errors.values().forEach(error -> result.addErrors(error.build()));
    artifacts.values().forEach(artifact -> result.addArtifacts(artifact.build()));
    samples.stream()
        .sorted(LARGEST_KEY_FIRST.reversed())
        .forEach(sample -> result.addDigestSamples(sample.digest()));
    return result.build();
  }
}
