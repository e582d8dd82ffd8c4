package io.scry.coordinator.rehearsal;

import static io.scry.coordinator.rehearsal.LockMode.ACCESS_EXCLUSIVE;
import static io.scry.coordinator.rehearsal.LockMode.ACCESS_SHARE;
import static io.scry.coordinator.rehearsal.SyntheticTimeline.MIGRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineBuilderUnitTests {

  @Test
  void tenMinutesOfBusyTrafficFoldIntoAFewSpansAndHolds() {
    SyntheticTimeline t = new SyntheticTimeline();
    int samples = 60_000; // 10 minutes at 10 ms
    for (int i = 0; i < samples; i++) {
      for (int pid = 1; pid <= 3; pid++) {
        // A new short statement in every sample, each with its own literal.
        t.holds(pid, "orders", ACCESS_SHARE).active(pid, "SELECT * FROM orders WHERE id = " + i, i);
      }
      t.sample();
    }
    LockTimeline timeline = t.build();

    assertEquals(samples, timeline.samples());
    assertEquals(3, timeline.spans().size(), "one summarized span per backend");
    assertTrue(timeline.spans().stream().allMatch(ActivitySpan::summarized));
    assertEquals(3, timeline.holds().size(), "weak locks: one record per backend and relation");
    LockHold hold = timeline.holds().get(0);
    assertEquals(0, hold.first());
    assertEquals(samples - 1, hold.last());
  }

  @Test
  void aLongOrEventfulStatementKeepsItsTextAShortQuietOneOnlyItsState() {
    SyntheticTimeline t = new SyntheticTimeline();
    for (int i = 0; i < 12; i++) {
      t.active(1, "SELECT pg_sleep(1)", 0).active(2, "SELECT " + i, i).sample();
    }
    t.waiting(2, "SELECT 12", 12, "orders", ACCESS_SHARE, 1).active(1, "SELECT pg_sleep(1)", 0);
    t.sample();
    List<ActivitySpan> spans = t.build().spans();

    ActivitySpan sleeper = spans.stream().filter(s -> s.backend().pid() == 1).findFirst().get();
    assertEquals("SELECT pg_sleep(1)", sleeper.query(), "over 100 ms: kept");
    assertEquals(0, sleeper.first());
    assertEquals(12, sleeper.last());
    List<ActivitySpan> quick = spans.stream().filter(s -> s.backend().pid() == 2).toList();
    assertEquals(2, quick.size(), quick.toString());
    assertNull(quick.get(0).query(), "twelve short statements, one summarized span");
    assertEquals("active", quick.get(0).state());
    assertEquals(11, quick.get(0).last());
    assertEquals("SELECT 12", quick.get(1).query(), "a lock wait is kept");
    assertEquals(List.of(1), quick.get(1).blockers());
    assertEquals("orders", quick.get(1).waited().relation().name());
  }

  @Test
  void aStrongLockIsKeptAsContinuousHolds() {
    SyntheticTimeline t = new SyntheticTimeline();
    boolean[] seen = {true, true, true, false, true, true};
    for (boolean held : seen) {
      if (held) {
        t.holds(MIGRATION, "orders", ACCESS_EXCLUSIVE);
      }
      t.active(MIGRATION, "LOCK orders", 0).sample();
    }
    List<LockHold> holds = t.build().holds();

    assertEquals(2, holds.size(), holds.toString());
    assertEquals(0, holds.get(0).first());
    assertEquals(2, holds.get(0).last());
    assertTrue(holds.get(0).continuous());
    assertEquals(4, holds.get(1).first());
    assertEquals(5, holds.get(1).last());
  }

  @Test
  void aReusedPidIsANewBackend() {
    SyntheticTimeline t = new SyntheticTimeline();
    t.active(1, "SELECT 1", 0).sample();
    t.reconnect(1).active(1, "SELECT 1", 0).sample();
    LockTimeline timeline = t.build();

    assertEquals(2, timeline.backends().size());
    assertEquals(timeline.backends().get(0).pid(), timeline.backends().get(1).pid());
    assertEquals(2, timeline.spans().size());
  }
}
