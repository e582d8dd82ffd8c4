package io.scry.cli.capture;

import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.fingerprint.QueryFingerprint;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Outcome;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Statements counted per query pattern (fingerprint). */
final class PatternCounts {

  /** One pattern and how often it ran. */
  record Pattern(QueryFingerprint fingerprint, long count, long errors) {}

  /** Distinct SQL texts remembered; beyond this every text is fingerprinted again. */
  private static final int CACHE_LIMIT = 100_000;

  private final Map<String, QueryFingerprint> bySql = new HashMap<>();
  private final Map<Long, long[]> countsById = new HashMap<>();
  private final Map<Long, QueryFingerprint> fingerprintsById = new HashMap<>();

  void accept(CaptureEvent event) {
    if (!event.hasStatement()) {
      return;
    }
    String sql = event.getStatement().getSql();
    QueryFingerprint fingerprint = bySql.get(sql);
    if (fingerprint == null) {
      fingerprint = Fingerprinter.fingerprint(sql);
      if (bySql.size() < CACHE_LIMIT) {
        bySql.put(sql, fingerprint);
      }
    }
    fingerprintsById.putIfAbsent(fingerprint.id(), fingerprint);
    long[] counts = countsById.computeIfAbsent(fingerprint.id(), id -> new long[2]);
    counts[0]++;
    if (event.getStatement().getOutcome() == Outcome.OUTCOME_ERROR) {
      counts[1]++;
    }
  }

  int distinct() {
    return countsById.size();
  }

  /** The {@code limit} most frequent patterns, most frequent first (ties by id). */
  List<Pattern> top(int limit) {
    return countsById.entrySet().stream()
        .map(
            entry ->
                new Pattern(
                    fingerprintsById.get(entry.getKey()), entry.getValue()[0], entry.getValue()[1]))
        .sorted(
            Comparator.comparingLong(Pattern::count)
                .reversed()
                .thenComparing(pattern -> pattern.fingerprint().hexId()))
        .limit(limit)
        .toList();
  }
}
