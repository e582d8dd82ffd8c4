package io.scry.coordinator.rehearsal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The database at one sample of a timeline, rebuilt from spans and holds: which backend was doing
 * what, and which relation locks it held. {@link #sweep} moves one view across every sample, so a
 * whole timeline is read in one pass.
 */
final class SampleView {
  private final LockTimeline timeline;
  private final Map<Integer, ActivitySpan> spans = new HashMap<>();
  private final Map<Integer, List<LockHold>> holds = new HashMap<>();
  private int sample = -1;

  private SampleView(LockTimeline timeline) {
    this.timeline = timeline;
  }

  interface Visitor {
    void visit(SampleView view);
  }

  /** Calls {@code visitor} with the view at every sample, in order. */
  static void sweep(LockTimeline timeline, Visitor visitor) {
    SampleView view = new SampleView(timeline);
    List<ActivitySpan> spans = timeline.spans();
    List<LockHold> holds = timeline.holds();
    List<LockHold> active = new ArrayList<>();
    int nextSpan = 0;
    int nextHold = 0;
    for (int sample = 0; sample < timeline.samples(); sample++) {
      view.sample = sample;
      int now = sample;
      view.spans.values().removeIf(span -> span.last() < now);
      while (nextSpan < spans.size() && spans.get(nextSpan).first() <= sample) {
        ActivitySpan span = spans.get(nextSpan++);
        if (span.last() >= sample) {
          view.spans.put(span.backend().pid(), span);
        }
      }
      active.removeIf(hold -> hold.last() < now);
      while (nextHold < holds.size() && holds.get(nextHold).first() <= sample) {
        active.add(holds.get(nextHold++));
      }
      view.holds.clear();
      for (LockHold hold : active) {
        view.holds.computeIfAbsent(hold.backend().pid(), pid -> new ArrayList<>()).add(hold);
      }
      visitor.visit(view);
    }
  }

  int sample() {
    return sample;
  }

  LockTimeline timeline() {
    return timeline;
  }

  /** What {@code pid} was doing at this sample, or null when it was not connected. */
  ActivitySpan span(int pid) {
    return spans.get(pid);
  }

  Collection<ActivitySpan> spans() {
    return spans.values();
  }

  /**
   * Whether {@code pid} held a lock on {@code relation} that conflicts with a request in {@code
   * requested}. The weak modes are only known from their first to their last sighting, so this can
   * be true in between for one of them; they conflict with the rare strong requests only.
   */
  boolean holdsConflicting(int pid, Relation relation, LockMode requested) {
    for (LockHold hold : holds.getOrDefault(pid, List.of())) {
      if (hold.relation().equals(relation) && hold.mode().conflictsWith(requested)) {
        return true;
      }
    }
    return false;
  }
}
