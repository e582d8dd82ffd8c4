package io.scry.coordinator.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReplayPlanUnitTests {

  @Test
  void aWarmUpAndEachRoundsTargetsAreCounted() {
    assertEquals(8, new ReplayPlan(2, true).total());
    assertEquals(4, new ReplayPlan(1, false).total());
  }

  @Test
  void theTimeLeftIsTheMeanReplayTimesTheReplaysLeft() {
    ReplayPlan plan = new ReplayPlan(1, false);

    assertEquals("1 of 4 replays done, about 30s left", plan.replayed(Duration.ofSeconds(10)));
    assertEquals("2 of 4 replays done, about 40s left", plan.replayed(Duration.ofSeconds(30)));
    assertEquals("3 of 4 replays done, about 20s left", plan.replayed(Duration.ofSeconds(20)));
    assertEquals("4 of 4 replays done", plan.replayed(Duration.ofSeconds(20)));
  }
}
