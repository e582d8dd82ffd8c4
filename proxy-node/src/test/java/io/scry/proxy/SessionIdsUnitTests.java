package io.scry.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionIdsUnitTests {

  @Test
  void aLaterRunOfTheSameProxyNeverReusesAnEarlierRunsSessionIds() {
    Instant firstStart = Instant.parse("2026-12-07T09:00:00Z");
    SessionIds first = new SessionIds(firstStart);
    long firstRunLast = 0;
    for (int session = 0; session < 10_000; session++) {
      firstRunLast = first.next();
    }
    // Restarted (in the same or a new capture directory) a second later.
    SessionIds second = new SessionIds(firstStart.plus(Duration.ofSeconds(1)));
    assertTrue(second.next() > firstRunLast);
  }

  @Test
  void idsOfOneRunAreConsecutive() {
    SessionIds ids = new SessionIds(Instant.ofEpochSecond(1_800_000_000L, 123_456_789));
    assertEquals(1_800_000_000_123_457L, ids.next());
    assertEquals(1_800_000_000_123_458L, ids.next());
  }
}
