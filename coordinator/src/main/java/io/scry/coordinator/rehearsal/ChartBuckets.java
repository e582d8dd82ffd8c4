package io.scry.coordinator.rehearsal;

import io.scry.protocol.fingerprint.Fingerprinter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds the samples into fixed time slots for a chart: blocked traffic backends per pattern and the
 * migration's statement in each slot.
 */
final class ChartBuckets {
  private final LockTimeline timeline;
  private final MigrationBackends migration;
  private final long bucketMillis;
  private final List<Slot> slots = new ArrayList<>();
  private final Map<String, String> patternOfQuery = new HashMap<>();

  ChartBuckets(LockTimeline timeline, MigrationBackends migration, Duration bucket) {
    this.timeline = timeline;
    this.migration = migration;
    this.bucketMillis = Math.max(1, bucket.toMillis());
  }

  void add(SampleView view, Map<Integer, BlockKind> blocked) {
    long offset = timeline.localMillis(view.sample()) - timeline.localMillis(0);
    int index = (int) Math.max(0, offset / bucketMillis);
    while (slots.size() <= index) {
      slots.add(new Slot());
    }
    Slot slot = slots.get(index);
    for (int pid : blocked.keySet()) {
      ActivitySpan span = view.span(pid);
      slot.blocked.computeIfAbsent(pattern(span.query()), k -> new HashSet<>()).add(span.backend());
    }
    for (ActivitySpan span : view.spans()) {
      if (migration.isMigration(span.backend())
          && "active".equals(span.state())
          && !span.summarized()) {
        slot.migrationStatements.merge(span.query(), 1, Integer::sum);
      }
    }
  }

  private String pattern(String query) {
    return patternOfQuery.computeIfAbsent(query, q -> Fingerprinter.fingerprint(q).hexId());
  }

  List<TimelineBucket> buckets() {
    List<TimelineBucket> buckets = new ArrayList<>(slots.size());
    long start = timeline.samples() == 0 ? 0 : timeline.localMillis(0);
    for (int i = 0; i < slots.size(); i++) {
      Slot slot = slots.get(i);
      Map<String, Integer> counts = new HashMap<>();
      slot.blocked.forEach((pattern, backends) -> counts.put(pattern, backends.size()));
      String statement =
          slot.migrationStatements.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(null);
      buckets.add(new TimelineBucket(start + i * bucketMillis, counts, statement));
    }
    return buckets;
  }

  private static final class Slot {
    final Map<String, Set<Backend>> blocked = new HashMap<>();
    final Map<String, Integer> migrationStatements = new HashMap<>();
  }
}
