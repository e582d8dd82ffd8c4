package io.scry.coordinator.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.segment.TestEvents;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.CaptureGap;
import io.scry.protocol.v1.GapReason;
import io.scry.protocol.v1.SessionEnd;
import io.scry.protocol.v1.SessionStart;
import io.scry.protocol.v1.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.stream.Materializer;
import org.apache.pekko.stream.javadsl.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The profile of a capture with a gap: the session is cut at it unless the job replays past it. */
class CaptureProfileUnitTests {

  private static final ActorTestKit KIT = ActorTestKit.create();

  // Session 1 loses its statements 2 and 3 (a full capture queue) and goes on with 4 and 5;
  // session 2 is whole.
  private static final CaptureEvent AFTER_GAP = statement(1, 4, 30);
  private static final List<CaptureEvent> CAPTURE =
      Stream.of(
              start(1, 0),
              statement(1, 1, 10),
              gap(1, 2, 3, 20),
              AFTER_GAP,
              statement(1, 5, 40),
              end(1, 6, 50),
              start(2, 5),
              statement(2, 1, 15),
              statement(2, 2, 25),
              end(2, 3, 35))
          .sorted(Comparator.comparingLong(CaptureEvent::getStartUnixNanos))
          .toList();

  @AfterAll
  static void stop() {
    KIT.shutdownTestKit();
  }

  @Test
  void aSessionIsReplayedUpToItsFirstGap() {
    CaptureProfile profile = profile(false);

    assertEquals(3, profile.statements(), "1 of session 1 before its gap, 2 of session 2");
    assertEquals(2, profile.statementsAfterGaps());
    assertFalse(profile.streams(AFTER_GAP));
    assertTrue(profile.streams(statement(1, 1, 10)));
    assertTrue(profile.streams(end(1, 6, 50)), "the session still ends: its connection closes");
    assertTrue(profile.streams(statement(2, 2, 25)));
  }

  @Test
  void aJobThatReplaysPastGapsKeepsEveryCapturedStatement() {
    CaptureProfile profile = profile(true);

    assertEquals(5, profile.statements());
    assertEquals(0, profile.statementsAfterGaps());
    assertTrue(profile.streams(AFTER_GAP));
  }

  private static CaptureProfile profile(boolean replayPastGaps) {
    return CaptureProfile.of(
            () -> Source.from(CAPTURE),
            new CapturePart(null, null, null, 100, replayPastGaps, null),
            Materializer.matFromSystem(KIT.system()))
        .toCompletableFuture()
        .join();
  }

  private static CaptureEvent.Builder event(long session, long sequence, long at) {
    return TestEvents.event("p", session, sequence, at);
  }

  private static CaptureEvent start(long session, long at) {
    return event(session, 0, at).setSessionStart(SessionStart.getDefaultInstance()).build();
  }

  private static CaptureEvent end(long session, long sequence, long at) {
    return event(session, sequence, at).setSessionEnd(SessionEnd.getDefaultInstance()).build();
  }

  private static CaptureEvent statement(long session, long sequence, long at) {
    return event(session, sequence, at)
        .setStatement(Statement.newBuilder().setSql("SELECT " + sequence))
        .build();
  }

  private static CaptureEvent gap(long session, long first, long last, long at) {
    return event(session, first, at)
        .setGap(
            CaptureGap.newBuilder()
                .setReason(GapReason.GAP_QUEUE_FULL)
                .setFirstSequence(first)
                .setLastSequence(last)
                .setEventsLost(last - first + 1)
                .setStatementsLost(last - first + 1))
        .build();
  }
}
