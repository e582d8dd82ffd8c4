package io.scry.coordinator.rehearsal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the migration's locks did to the traffic during a rehearsal, read from a {@link
 * LockTimeline}: the relations it locked and for how long, its own lock waits, the traffic patterns
 * that waited on it (directly or in the lock queue), a chart of blocked backends per time slot, and
 * when it ran with the WAL written meanwhile.
 *
 * @param migration when the migration was busy; null when no migration backend was seen
 * @param relationLocks the relations the migration locked, the longest write-blocking hold first
 * @param migrationWaits the migration's waits for locks, in time order
 * @param blockedPatterns traffic patterns that waited on the migration, the most blocked first
 * @param timeline the chart: one slot per bucket from the first to the last sample
 */
public record LockAnalysis(
    MigrationWindow migration,
    List<RelationLock> relationLocks,
    List<MigrationWait> migrationWaits,
    List<BlockedPattern> blockedPatterns,
    List<TimelineBucket> timeline) {

  public static final Duration DEFAULT_BUCKET = Duration.ofMillis(100);

  public LockAnalysis {
    relationLocks = List.copyOf(relationLocks);
    migrationWaits = List.copyOf(migrationWaits);
    blockedPatterns = List.copyOf(blockedPatterns);
    timeline = List.copyOf(timeline);
  }

  /** {@link #of(LockTimeline, MigrationBackends, Duration)} with {@link #DEFAULT_BUCKET}. */
  public static LockAnalysis of(LockTimeline timeline, MigrationBackends migration) {
    return of(timeline, migration, DEFAULT_BUCKET);
  }

  /**
   * Reads {@code timeline}, telling the migration's backends from the traffic's with {@code
   * migration}; {@code bucket} is the width of a chart slot.
   */
  public static LockAnalysis of(
      LockTimeline timeline, MigrationBackends migration, Duration bucket) {
    BlockedStatements blocked = new BlockedStatements(timeline);
    MigrationWaits waits = new MigrationWaits(timeline, migration);
    ChartBuckets chart = new ChartBuckets(timeline, migration, bucket);
    SampleView.sweep(
        timeline,
        view -> {
          Map<Integer, BlockKind> traffic = QueueWalk.blockedTraffic(view, migration);
          blocked.add(view, traffic);
          waits.add(view);
          chart.add(view, traffic);
        });
    return new LockAnalysis(
        MigrationWindows.of(timeline, migration),
        RelationLocks.of(timeline, migration),
        waits.waits(),
        blocked.patterns(),
        chart.buckets());
  }

  /** The longest time one traffic statement waited on the migration; 0 when none did. */
  public long maxBlockedMs() {
    return blockedPatterns.stream().mapToLong(BlockedPattern::maxBlockedMs).max().orElse(0);
  }

  /**
   * The longest ACCESS EXCLUSIVE hold of the migration on a relation the traffic used; 0 when there
   * was none.
   */
  public long maxAccessExclusiveMs() {
    return relationLocks.stream()
        .filter(RelationLock::usedByTraffic)
        .mapToLong(RelationLock::accessExclusiveMs)
        .max()
        .orElse(0);
  }

  /** The finding for {@code relation}, or null when the migration did not lock it. */
  public RelationLock relationLock(String relation) {
    return relationLocks.stream()
        .filter(lock -> lock.relation().equals(relation))
        .findFirst()
        .orElse(null);
  }
}
