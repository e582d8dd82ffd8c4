package io.scry.proxy.capture;

import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.CaptureGap;
import io.scry.protocol.v1.GapReason;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Events that could not be captured, per session and reason, until the writer records them as one
 * {@link CaptureGap} each. It lives beside the capture queue, not in it, so a gap can never be
 * dropped for the very reason it exists (a full queue); it holds at most one entry per session and
 * reason, however many events are lost.
 *
 * <p>{@link #lost} is called from any thread (an event loop that found the queue full, or the
 * writer thread); taking and restoring happen on the writer thread only. Entries are immutable and
 * merged with {@link ConcurrentMap#merge}, so a tally taken by the writer is always consistent, and
 * a loss that races with the take starts a new tally.
 */
final class GapLedger {

  private record Key(long sessionId, GapReason reason) {}

  private static final GapReason[] REASONS = {
    GapReason.GAP_QUEUE_FULL,
    GapReason.GAP_EVENT_TOO_LARGE,
    GapReason.GAP_WRITE_ERROR,
    GapReason.GAP_DISK_FULL
  };

  private final ConcurrentMap<Key, Tally> open = new ConcurrentHashMap<>();

  /**
   * Counts {@code event} as lost for {@code reason}; never blocks for long, never allocates much.
   */
  void lost(CaptureEvent event, GapReason reason) {
    open.merge(new Key(event.getSessionId(), reason), Tally.of(event, reason), Tally::plus);
  }

  boolean isEmpty() {
    return open.isEmpty();
  }

  /** Removes and returns the tallies of one session (so its gap precedes its next event). */
  List<Tally> takeSession(long sessionId) {
    List<Tally> taken = new ArrayList<>(1);
    for (GapReason reason : REASONS) {
      Tally tally = open.remove(new Key(sessionId, reason));
      if (tally != null) {
        taken.add(tally);
      }
    }
    return taken;
  }

  /** Removes and returns every tally. */
  List<Tally> takeAll() {
    List<Tally> taken = new ArrayList<>();
    for (Key key : open.keySet()) {
      Tally tally = open.remove(key);
      if (tally != null) {
        taken.add(tally);
      }
    }
    return taken;
  }

  /** Puts back a tally whose gap record could not be written, merged with any newer losses. */
  void restore(Tally tally) {
    open.merge(new Key(tally.sessionId(), tally.reason()), tally, Tally::plus);
  }

  /**
   * Consecutive lost events of one session for one reason.
   *
   * @param firstStartUnixNanos start of the earliest lost event
   * @param lastStartUnixNanos start of the latest lost event
   */
  record Tally(
      String proxyId,
      long sessionId,
      GapReason reason,
      long eventsLost,
      long statementsLost,
      long firstSequence,
      long lastSequence,
      long firstStartUnixNanos,
      long lastStartUnixNanos) {

    static Tally of(CaptureEvent event, GapReason reason) {
      return new Tally(
          event.getProxyId(),
          event.getSessionId(),
          reason,
          1,
          event.hasStatement() ? 1 : 0,
          event.getSequence(),
          event.getSequence(),
          event.getStartUnixNanos(),
          event.getStartUnixNanos());
    }

    Tally plus(Tally other) {
      return new Tally(
          proxyId,
          sessionId,
          reason,
          eventsLost + other.eventsLost,
          statementsLost + other.statementsLost,
          Math.min(firstSequence, other.firstSequence),
          Math.max(lastSequence, other.lastSequence),
          Math.min(firstStartUnixNanos, other.firstStartUnixNanos),
          Math.max(lastStartUnixNanos, other.lastStartUnixNanos));
    }

    /** The gap record: in the session, at the first lost event's sequence and start. */
    CaptureEvent toEvent() {
      return CaptureEvent.newBuilder()
          .setProxyId(proxyId)
          .setSessionId(sessionId)
          .setSequence(firstSequence)
          .setStartUnixNanos(firstStartUnixNanos)
          .setDurationNanos(lastStartUnixNanos - firstStartUnixNanos)
          .setGap(
              CaptureGap.newBuilder()
                  .setReason(reason)
                  .setEventsLost(eventsLost)
                  .setStatementsLost(statementsLost)
                  .setFirstSequence(firstSequence)
                  .setLastSequence(lastSequence))
          .build();
    }
  }
}
