package io.scry.worker.replay;

import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.ProtocolKind;
import io.scry.protocol.v1.SessionEnd;
import io.scry.protocol.v1.SessionStart;
import io.scry.protocol.v1.Statement;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.pekko.NotUsed;
import org.apache.pekko.stream.javadsl.Source;

/** Large captures generated lazily, in start-time order, never held in memory. */
final class SyntheticCapture {

  private SyntheticCapture() {}

  /**
   * Sessions of one statement per ms, each starting when the one {@code overlap} places before it
   * is about to end, so about {@code overlap} sessions run at once; half the statements use the
   * extended protocol.
   */
  static Source<CaptureEvent, NotUsed> staggeredSessions(
      int sessions, int statementsPerSession, int overlap) {
    return Source.fromIterator(() -> new Staggered(sessions, statementsPerSession, overlap));
  }

  private static final class Staggered implements Iterator<CaptureEvent> {
    private static final Statement SIMPLE =
        Statement.newBuilder().setProtocol(ProtocolKind.PROTOCOL_SIMPLE).setSql("SELECT 1").build();
    private static final Statement EXTENDED =
        Statement.newBuilder()
            .setProtocol(ProtocolKind.PROTOCOL_EXTENDED)
            .setSql("SELECT $1::int + 1")
            .addParameters(CaptureScript.int4(41))
            .build();

    private final int sessions;
    private final int length; // events per session: start, statements, end
    private final int stride; // ticks between session starts
    private long tick;
    private int session;

    Staggered(int sessions, int statementsPerSession, int overlap) {
      this.sessions = sessions;
      this.length = statementsPerSession + 2;
      this.stride = Math.max(1, length / overlap);
      advanceToActive();
    }

    @Override
    public boolean hasNext() {
      return tick < (long) (sessions - 1) * stride + length;
    }

    @Override
    public CaptureEvent next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      long sequence = tick - (long) session * stride;
      CaptureEvent.Builder event =
          CaptureEvent.newBuilder()
              .setProxyId("synthetic")
              .setSessionId(session)
              .setSequence(sequence)
              .setStartUnixNanos(CaptureScript.CAPTURE_START + tick * 1_000_000L);
      if (sequence == 0) {
        event.setSessionStart(SessionStart.newBuilder().setApplicationName("scry-synthetic"));
      } else if (sequence == length - 1) {
        event.setSessionEnd(SessionEnd.newBuilder().setReason("terminate"));
      } else {
        event.setStatement(sequence % 2 == 0 ? SIMPLE : EXTENDED);
      }
      session++;
      advanceToActive();
      return event.build();
    }

    /** Moves to the next (tick, session) pair where the session is active. */
    private void advanceToActive() {
      while (hasNext()) {
        long firstActive = Math.max(0, Math.floorDiv(tick - length + stride, stride));
        session = (int) Math.max(session, firstActive);
        if (session < sessions && (long) session * stride <= tick) {
          return;
        }
        tick++;
        session = 0;
      }
    }
  }
}
