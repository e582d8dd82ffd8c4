package io.scry.coordinator.rehearsal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The migration's relation locks: the strongest mode per relation and its longest holds. */
final class RelationLocks {
  private RelationLocks() {}

  static List<RelationLock> of(LockTimeline timeline, MigrationBackends migration) {
    Map<Relation, List<LockHold>> byRelation = new LinkedHashMap<>();
    for (LockHold hold : timeline.holds()) {
      if (migration.isMigration(hold.backend())) {
        byRelation.computeIfAbsent(hold.relation(), r -> new ArrayList<>()).add(hold);
      }
    }
    Set<Relation> usedByTraffic =
        timeline.holds().stream()
            .filter(hold -> !migration.isMigration(hold.backend()))
            .map(LockHold::relation)
            .collect(Collectors.toSet());
    List<RelationLock> locks = new ArrayList<>();
    byRelation.forEach(
        (relation, holds) -> locks.add(lock(timeline, relation, holds, usedByTraffic)));
    locks.sort(
        Comparator.comparingLong(RelationLock::longestBlockingMs)
            .reversed()
            .thenComparing(RelationLock::relation));
    return locks;
  }

  private static RelationLock lock(
      LockTimeline timeline, Relation relation, List<LockHold> holds, Set<Relation> used) {
    LockMode strongest = LockMode.ACCESS_SHARE;
    LockHold longest = null;
    long longestMs = 0;
    long accessExclusiveMs = 0;
    for (LockHold hold : holds) {
      if (hold.mode().compareTo(strongest) > 0) {
        strongest = hold.mode();
      }
      if (!hold.continuous()) {
        continue;
      }
      long ms = timeline.coveredMillis(hold.first(), hold.last());
      if (hold.mode().blocksWrites() && ms > longestMs) {
        longest = hold;
        longestMs = ms;
      }
      if (hold.mode() == LockMode.ACCESS_EXCLUSIVE) {
        accessExclusiveMs = Math.max(accessExclusiveMs, ms);
      }
    }
    long granted = longest == null ? 0 : timeline.localMillis(longest.first());
    return new RelationLock(
        relation.name(),
        strongest,
        longest == null ? null : longest.mode(),
        longestMs,
        granted,
        longest == null ? 0 : granted + longestMs,
        accessExclusiveMs,
        used.contains(relation));
  }
}
