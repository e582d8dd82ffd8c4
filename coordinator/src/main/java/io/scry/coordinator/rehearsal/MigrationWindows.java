package io.scry.coordinator.rehearsal;

/** Finds when the migration was busy and the WAL written meanwhile. */
final class MigrationWindows {
  private MigrationWindows() {}

  /** The window, or null when no sample saw a migration backend busy. */
  static MigrationWindow of(LockTimeline timeline, MigrationBackends migration) {
    int first = Integer.MAX_VALUE;
    int last = -1;
    for (ActivitySpan span : timeline.spans()) {
      if (span.busy() && migration.isMigration(span.backend())) {
        first = Math.min(first, span.first());
        last = Math.max(last, span.last());
      }
    }
    if (last < 0) {
      return null;
    }
    int before = Math.max(0, first - 1);
    int after = Math.min(timeline.samples() - 1, last + 1);
    return new MigrationWindow(
        timeline.localMillis(first),
        timeline.localMillis(first) + timeline.coveredMillis(first, last),
        timeline.walBytes(after) - timeline.walBytes(before));
  }
}
