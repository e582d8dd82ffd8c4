package io.scry.protocol.segment;

import io.scry.protocol.v1.CaptureEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * The one order in which a capture's events are read and replayed, as ordering keys.
 *
 * <p>An event happens at its start time, except a session's end, which happens when the session
 * ended: the proxy stamps a {@code SessionEnd} with its session's <em>start</em> and the session's
 * lifetime as its duration, so its key is {@code start + duration}. Within a session keys never
 * decrease: an event's key is the later of its own time and the key of its session's previous
 * event, so a session's events keep their append (sequence) order even when the proxy's clock
 * stepped back, and a session's end comes after its last statement.
 *
 * <p>Every reader that orders events across sessions uses these keys (through {@link
 * CaptureDirectory}); nothing re-sorts the stream by raw start time, which would put every
 * session's end right after its start. Not thread-safe: one instance per stream.
 */
public final class CaptureOrder {

  private record Session(String proxyId, long sessionId) {}

  /** Key of each open session's last event. */
  private final Map<Session, Long> sessionKeys = new HashMap<>();

  /** When {@code event} happened, before the session rule: its start, or a session's end time. */
  public static long eventTime(CaptureEvent event) {
    return event.hasSessionEnd()
        ? event.getStartUnixNanos() + Math.max(0, event.getDurationNanos())
        : event.getStartUnixNanos();
  }

  /**
   * The ordering key of the next event of a stream in which every session's events come in append
   * order. A session's end forgets the session, so the memory held is one entry per open session.
   */
  public long next(CaptureEvent event) {
    long key = eventTime(event);
    Session session = new Session(event.getProxyId(), event.getSessionId());
    Long previous = event.hasSessionEnd() ? sessionKeys.remove(session) : sessionKeys.get(session);
    if (previous != null) {
      key = Math.max(key, previous);
    }
    if (!event.hasSessionEnd()) {
      sessionKeys.put(session, key);
    }
    return key;
  }
}
