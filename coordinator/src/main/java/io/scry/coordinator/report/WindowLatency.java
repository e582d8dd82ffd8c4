package io.scry.coordinator.report;

import io.scry.coordinator.merge.Percentiles;
import io.scry.protocol.fingerprint.QueryFingerprint;
import io.scry.protocol.v1.ErrorCount;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ReplayResult;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One query pattern's latency in the rehearsal's migration window against the same capture window
 * replayed, after the rehearsal, on a clone without the migration: what the migration's locks and
 * I/O cost the traffic while it ran.
 *
 * @param fingerprint the pattern's id ({@code QueryFingerprint#hexId()})
 * @param pattern its normalized text
 * @param baseline the window on the clone without the migration
 * @param rehearsal the window on the clone the migration ran on
 */
public record WindowLatency(String fingerprint, String pattern, Side baseline, Side rehearsal) {

  /**
   * The statements of one side in the window.
   *
   * @param statements how many ran (failures included)
   * @param errors how many failed, replay artifacts included (the replay's own lock_timeout cuts a
   *     statement that waited too long on the migration: a failure the traffic would have seen as a
   *     wait)
   * @param latency percentiles of the statements that were not replay artifacts
   */
  public record Side(long statements, long errors, Percentiles latency) {
    static final Side NONE = new Side(0, 0, new Percentiles(0, 0, 0, 0));

    static Side of(PatternResult p) {
      long artifacts = p.getArtifactsList().stream().mapToLong(ErrorCount::getCount).sum();
      return new Side(
          p.getCount(), p.getErrorCount() + artifacts, Percentiles.of(p.getLatencyHistogram()));
    }
  }

  /** How much the rehearsal's p99 exceeds the baseline's, in milliseconds (negative if below). */
  public double p99IncreaseMs() {
    return rehearsal.latency().p99Ms() - baseline.latency().p99Ms();
  }

  /**
   * How much the rehearsal's slowest statement exceeds the baseline's, in milliseconds. A replayed
   * session waits for each statement before it sends the next, as its application did: a lock holds
   * up one statement per session, so a few slow statements among hundreds, which the maximum shows
   * and a p99 may not.
   */
  public double maxIncreaseMs() {
    return rehearsal.latency().maxMs() - baseline.latency().maxMs();
  }

  /**
   * The patterns of both windows, the largest increase of the slowest statement first, at most
   * {@code limit} of them (a capture can have thousands of patterns; the report keeps those the
   * migration held up most).
   */
  public static List<WindowLatency> compare(
      ReplayResult baseline, ReplayResult rehearsal, int limit) {
    Map<Long, PatternResult> before = byFingerprint(baseline);
    Map<Long, PatternResult> during = byFingerprint(rehearsal);
    Set<Long> fingerprints = new HashSet<>(before.keySet());
    fingerprints.addAll(during.keySet());
    return fingerprints.stream()
        .map(id -> of(id, before.get(id), during.get(id)))
        .sorted(
            Comparator.comparingDouble(WindowLatency::maxIncreaseMs)
                .reversed()
                .thenComparing(WindowLatency::fingerprint))
        .limit(limit)
        .toList();
  }

  private static WindowLatency of(long id, PatternResult before, PatternResult during) {
    PatternResult any = during != null ? during : before;
    return new WindowLatency(
        new QueryFingerprint(any.getNormalizedSql(), id).hexId(),
        any.getNormalizedSql(),
        before == null ? Side.NONE : Side.of(before),
        during == null ? Side.NONE : Side.of(during));
  }

  private static Map<Long, PatternResult> byFingerprint(ReplayResult result) {
    Map<Long, PatternResult> patterns = new HashMap<>();
    result.getPatternsList().forEach(p -> patterns.put(p.getFingerprint(), p));
    return patterns;
  }
}
