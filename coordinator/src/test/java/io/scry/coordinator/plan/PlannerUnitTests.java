package io.scry.coordinator.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.replay.SessionKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerUnitTests {

  @Test
  void everySessionLandsInExactlyOneShard() {
    List<SessionLoad> sessions = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      sessions.add(load(i, 10 + i * 7L % 31, 1_000_000L * (i % 5)));
    }
    List<Shard> shards = Planner.plan(sessions, 3);

    assertEquals(3, shards.size());
    Set<SessionKey> seen = new HashSet<>();
    long statements = 0;
    for (Shard shard : shards) {
      for (SessionKey session : shard.sessions()) {
        assertTrue(seen.add(session), "session in two shards: " + session);
      }
      statements += shard.statements();
    }
    assertEquals(50, seen.size());
    assertEquals(sessions.stream().mapToLong(SessionLoad::statements).sum(), statements);
  }

  @Test
  void loadIsBalancedByStatementsAndBusyTime() {
    // One slow session (few statements, long busy time) weighs as much as several quick ones.
    List<SessionLoad> sessions =
        List.of(
            load(1, 10, 900_000_000L),
            load(2, 100, 25_000_000L),
            load(3, 100, 25_000_000L),
            load(4, 100, 25_000_000L),
            load(5, 100, 25_000_000L));
    List<Shard> shards = Planner.plan(sessions, 2);

    Shard withSlowSession =
        shards.stream().filter(s -> s.sessions().contains(key(1))).findFirst().orElseThrow();
    assertEquals(1, withSlowSession.sessions().size(), "the slow session is a shard's whole load");
  }

  @Test
  void fewerSessionsThanWorkersLeaveWorkersIdle() {
    List<Shard> shards = Planner.plan(List.of(load(1, 5, 1), load(2, 5, 1)), 4);
    assertEquals(2, shards.size());
    assertEquals(List.of(0, 1), shards.stream().map(Shard::index).toList());
  }

  @Test
  void planningNeedsAWorker() {
    assertThrows(IllegalArgumentException.class, () -> Planner.plan(List.of(load(1, 1, 1)), 0));
  }

  @Test
  void sessionSamplingIsStableAndRoughlyProportional() {
    EventSelection tenPercent = new EventSelection(Long.MIN_VALUE, Long.MAX_VALUE, 10);
    int sampled = 0;
    for (int i = 0; i < 10_000; i++) {
      boolean first = tenPercent.sampled(key(i));
      assertEquals(first, tenPercent.sampled(key(i)));
      if (first) {
        sampled++;
      }
    }
    assertTrue(sampled > 800 && sampled < 1200, "sampled " + sampled + " of 10000");
    assertTrue(EventSelection.all().sampled(key(42)));
  }

  private static SessionLoad load(long session, long statements, long busyNanos) {
    return new SessionLoad(key(session), statements, busyNanos);
  }

  private static SessionKey key(long session) {
    return new SessionKey("proxy-a", session);
  }
}
