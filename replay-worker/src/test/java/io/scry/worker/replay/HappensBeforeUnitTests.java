package io.scry.worker.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class HappensBeforeUnitTests {

  private final ReplayEvent.Preparer preparer = new ReplayEvent.Preparer();
  private final HappensBefore order = new HappensBefore();

  /** A statement of session {@code session} captured from {@code startMs} to {@code endMs}. */
  private ReplayEvent statement(long session, long sequence, long startMs, long endMs) {
    return statement(session, sequence, startMs, endMs, "UPDATE t SET n = n + 1 WHERE id = 1");
  }

  private ReplayEvent read(long session, long sequence, long startMs, long endMs) {
    return statement(session, sequence, startMs, endMs, "SELECT n FROM t WHERE id = 1");
  }

  private ReplayEvent statement(long session, long sequence, long startMs, long endMs, String sql) {
    return preparer.prepare(
        CaptureEvent.newBuilder()
            .setProxyId("p")
            .setSessionId(session)
            .setSequence(sequence)
            .setStartUnixNanos(startMs * 1_000_000)
            .setDurationNanos((endMs - startMs) * 1_000_000)
            .setStatement(Statement.newBuilder().setSql(sql))
            .build());
  }

  private void readAll(ReplayEvent... events) {
    for (ReplayEvent event : events) {
      order.read(event);
    }
  }

  /** A replayer of {@code event}'s session, parked until {@code event} may start. */
  private SessionReplayer parked(ReplayEvent event) {
    SessionReplayer replayer = new SessionReplayer(event.session(), null);
    order.park(replayer, event);
    return replayer;
  }

  @Test
  void aStatementWaitsForOneThatCompletedBeforeItStarted() {
    ReplayEvent first = statement(1, 1, 10, 20);
    ReplayEvent after = statement(2, 1, 21, 22);
    readAll(first, after);

    assertFalse(order.mayStart(after));
    SessionReplayer waiting = parked(after);

    assertEquals(List.of(waiting), order.completed(first, false));
    assertTrue(order.mayStart(after));
    assertEquals(0, order.parked());
  }

  @Test
  void readsNeverWaitForReadsButWaitForWritesAndWritesWaitForBoth() {
    ReplayEvent firstRead = read(1, 1, 10, 11);
    ReplayEvent write = statement(2, 1, 12, 13);
    ReplayEvent laterRead = read(3, 1, 20, 21);
    ReplayEvent readAfterRead = read(4, 1, 11, 12);
    readAll(firstRead, write, laterRead, readAfterRead);

    assertTrue(order.mayStart(readAfterRead), "a read after a read does not wait");
    assertFalse(order.mayStart(write), "a write waits for the read before it");
    assertFalse(order.mayStart(laterRead), "a read waits for the write before it");
    SessionReplayer reader = parked(laterRead);
    assertEquals(List.of(), order.completed(firstRead, false));
    assertEquals(List.of(reader), order.completed(write, false));
  }

  @Test
  void statementsThatOverlappedInTheCaptureRunTogether() {
    ReplayEvent first = statement(1, 1, 10, 20);
    ReplayEvent overlapping = statement(2, 1, 15, 25);
    ReplayEvent touching = statement(3, 1, 20, 21);
    readAll(first, overlapping, touching);

    assertTrue(order.mayStart(first));
    assertTrue(order.mayStart(overlapping));
    assertTrue(order.mayStart(touching), "ended at the very instant it started: not before");
  }

  @Test
  void parkedSessionsGoOnInCaptureOrderAsTheirPredecessorsComplete() {
    ReplayEvent a = statement(1, 1, 10, 11);
    ReplayEvent b = statement(2, 1, 12, 13);
    ReplayEvent c = statement(3, 1, 14, 15);
    readAll(a, b, c);
    SessionReplayer third = parked(c);
    SessionReplayer second = parked(b);

    assertEquals(List.of(second), order.completed(a, false), "c still waits for b");
    assertEquals(List.of(third), order.completed(b, false));
  }

  @Test
  void aDetachedStatementHoldsNobodyBackAndIsNotForgottenTwice() {
    ReplayEvent slow = statement(1, 1, 10, 11);
    ReplayEvent other = statement(1, 2, 10, 11);
    ReplayEvent later = statement(2, 1, 30, 31);
    readAll(slow, other, later);
    SessionReplayer waiting = parked(later);

    order.detach(slow);
    assertEquals(List.of(), order.releasable(), "the other statement ending at 11 is still open");
    assertEquals(List.of(waiting), order.completed(other, false));
    // Completing the detached statement must not forget the end time a second time.
    order.read(statement(3, 1, 10, 11));
    order.completed(slow, true);
    assertFalse(order.mayStart(statement(4, 1, 30, 31)));
  }

  @Test
  void aSessionsEventsKeepTheirOrderWhenItsClockWentBack() {
    ReplayEvent first = statement(1, 1, 50, 60);
    ReplayEvent stepBack = statement(1, 2, 40, 41);

    assertEquals(50_000_000L, stepBack.orderKey(), "never before its predecessor's time");
    assertEquals(50_000_000L, stepBack.capturedEnd());
    assertTrue(first.orderKey() <= stepBack.orderKey());
  }
}
