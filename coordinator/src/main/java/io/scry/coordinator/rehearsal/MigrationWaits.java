package io.scry.coordinator.rehearsal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Collects, sample by sample, the lock waits of the migration's own statements. */
final class MigrationWaits {
  private final LockTimeline timeline;
  private final MigrationBackends migration;
  private final Map<Backend, Episode> open = new HashMap<>();
  private final List<MigrationWait> waits = new ArrayList<>();

  MigrationWaits(LockTimeline timeline, MigrationBackends migration) {
    this.timeline = timeline;
    this.migration = migration;
  }

  void add(SampleView view) {
    int sample = view.sample();
    for (ActivitySpan span : view.spans()) {
      if (!span.waiting() || !migration.isMigration(span.backend())) {
        continue;
      }
      Episode episode = open.get(span.backend());
      if (episode == null
          || episode.last != sample - 1
          || !Objects.equals(episode.span.queryStartMicros(), span.queryStartMicros())) {
        if (episode != null) {
          waits.add(episode.toWait());
        }
        episode = new Episode(span, sample);
        open.put(span.backend(), episode);
      }
      episode.last = sample;
      for (int pid : span.blockers()) {
        ActivitySpan blocker = view.span(pid);
        if (blocker != null) {
          episode.blockers.putIfAbsent(
              pid,
              new MigrationWait.Blocker(
                  pid,
                  blocker.backend().applicationName(),
                  blocker.query(),
                  blocker.state(),
                  migration.isMigration(blocker.backend())));
        }
      }
    }
    for (Iterator<Episode> it = open.values().iterator(); it.hasNext(); ) {
      Episode episode = it.next();
      if (episode.last != sample) {
        waits.add(episode.toWait());
        it.remove();
      }
    }
  }

  List<MigrationWait> waits() {
    open.values().forEach(episode -> waits.add(episode.toWait()));
    open.clear();
    waits.sort(Comparator.comparingLong(MigrationWait::startMillis));
    return List.copyOf(waits);
  }

  private final class Episode {
    final ActivitySpan span;
    final int first;
    int last;
    final Map<Integer, MigrationWait.Blocker> blockers = new LinkedHashMap<>();

    Episode(ActivitySpan span, int first) {
      this.span = span;
      this.first = first;
      this.last = first;
    }

    MigrationWait toWait() {
      WaitedLock lock = span.waited();
      return new MigrationWait(
          span.backend().pid(),
          span.query(),
          lock == null ? null : lock.lockType(),
          lock == null || lock.relation() == null ? null : lock.relation().name(),
          lock == null ? null : lock.mode(),
          timeline.localMillis(first),
          timeline.coveredMillis(first, last),
          List.copyOf(blockers.values()));
    }
  }
}
