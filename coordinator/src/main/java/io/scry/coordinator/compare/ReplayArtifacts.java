package io.scry.coordinator.compare;

import io.scry.protocol.v1.ErrorCount;
import io.scry.protocol.v1.PatternResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Errors of one pattern that the replay itself caused (its lock timeout, a deadlock or
 * serialization failure the capture did not have, statements of a transaction such an error
 * aborted), totals over all rounds. They are never errors of the migration. A few leave the
 * comparison intact; when more than {@link #MAX_RATE} of a side's statements are artifacts, its
 * latencies and results say more about the replay's interleaving than about the schema, and the
 * pattern's latency and results are not judged ({@link #uncomparable}).
 *
 * @param bySqlstate artifact counts of both sides by SQLSTATE
 */
public record ReplayArtifacts(
    long baselineCount,
    long candidateCount,
    double baselineRate,
    double candidateRate,
    Map<String, Long> bySqlstate) {

  /** Above this share of a side's statements, the pattern is not compared on latency or results. */
  public static final double MAX_RATE = 0.01;

  public static final ReplayArtifacts NONE = new ReplayArtifacts(0, 0, 0, 0, Map.of());

  static ReplayArtifacts of(List<PatternResult> baseline, List<PatternResult> candidate) {
    Map<String, Long> bySqlstate = new TreeMap<>();
    long before = count(baseline, bySqlstate);
    long after = count(candidate, bySqlstate);
    if (before == 0 && after == 0) {
      return NONE;
    }
    return new ReplayArtifacts(
        before, after, rate(before, baseline), rate(after, candidate), Map.copyOf(bySqlstate));
  }

  /** Whether any statement of the pattern was an artifact on either side. */
  public boolean any() {
    return baselineCount > 0 || candidateCount > 0;
  }

  /** Whether so many statements were artifacts that latency and results cannot be judged. */
  public boolean uncomparable() {
    return baselineRate > MAX_RATE || candidateRate > MAX_RATE;
  }

  private static long count(List<PatternResult> rounds, Map<String, Long> bySqlstate) {
    long total = 0;
    for (PatternResult round : rounds) {
      for (ErrorCount artifact : round.getArtifactsList()) {
        bySqlstate.merge(artifact.getSqlstate(), artifact.getCount(), Long::sum);
        total += artifact.getCount();
      }
    }
    return total;
  }

  private static double rate(long artifacts, List<PatternResult> rounds) {
    long statements = rounds.stream().mapToLong(PatternResult::getCount).sum();
    return statements == 0 ? 0 : (double) artifacts / statements;
  }
}
