package io.scry.worker.replay;

import io.scry.protocol.result.Results;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ReplayResult;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;

/** The running result of a shard: safe to record into from every session at once. */
final class ShardStats {

  private final ConcurrentMap<Long, PatternStats> patterns = new ConcurrentHashMap<>();
  private final Recorder scheduleLag = new Recorder(Results.HISTOGRAM_DIGITS);
  private final LongAdder statements = new LongAdder();
  private final LongAdder sessions = new LongAdder();
  private final LongAdder abandonedSessions = new LongAdder();
  private final LongAdder skippedStatements = new LongAdder();
  private final ConcurrentMap<String, LongAdder> cloneEscapes = new ConcurrentHashMap<>();

  /**
   * @param artifact the outcome is a replay artifact ({@link ArtifactDetector}), not a property of
   *     the target
   */
  void recordStatement(ReplayEvent event, StatementOutcome outcome, boolean artifact) {
    statements.increment();
    patternOf(event).record(event, outcome, artifact);
  }

  /** How late {@code event} started against its due time: for the replay and for its pattern. */
  void recordScheduleLag(ReplayEvent event, long lagMicros) {
    long lag = Math.max(0, lagMicros);
    scheduleLag.recordValue(lag);
    patternOf(event).recordScheduleLag(lag);
  }

  private PatternStats patternOf(ReplayEvent event) {
    return patterns.computeIfAbsent(
        event.fingerprint().id(), id -> new PatternStats(event.fingerprint()));
  }

  void recordSkipped() {
    skippedStatements.increment();
  }

  /** A statement that would reach beyond the clone ({@link CloneEscapes}) was not replayed. */
  void recordCloneEscape(String kind) {
    cloneEscapes.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  void recordSessionEnd(boolean abandoned) {
    sessions.increment();
    if (abandoned) {
      abandonedSessions.increment();
    }
  }

  /** The shard's result; call once, at the end (it drains the recorders). */
  ReplayResult toResult(ReplaySettings settings, String target, long wallNanos) {
    ReplayResult.Builder result =
        ReplayResult.newBuilder()
            .setJobId(settings.jobId())
            .setTarget(target)
            .setRound(settings.round())
            .setScheduleLagHistogram(Results.encodeHistogram(scheduleLag.getIntervalHistogram()))
            .setStatements(statements.sum())
            .setSessions(sessions.sum())
            .setAbandonedSessions(abandonedSessions.sum())
            .setSkippedStatements(skippedStatements.sum())
            .setWallNanos(wallNanos);
    cloneEscapes.forEach((kind, count) -> result.putCloneEscapes(kind, count.sum()));
    patterns.values().stream()
        .map(PatternStats::toResult)
        .sorted(Comparator.comparing(PatternResult::getFingerprint, Long::compareUnsigned))
        .forEach(result::addPatterns);
    return result.build();
  }
}
