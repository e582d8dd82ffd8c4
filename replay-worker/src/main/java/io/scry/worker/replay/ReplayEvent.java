package io.scry.worker.replay;

import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.fingerprint.QueryFingerprint;
import io.scry.protocol.segment.CaptureOrder;
import io.scry.protocol.v1.CaptureEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A capture event with what the replay needs precomputed off the timing path: its session, its
 * place in the capture's order and, for a statement, its fingerprint.
 *
 * @param orderKey the event's {@link CaptureOrder} key: when it happened, never earlier than its
 *     session's previous event
 * @param fingerprint {@code null} unless the event is a statement with SQL
 */
record ReplayEvent(
    CaptureEvent event, SessionKey session, long orderKey, QueryFingerprint fingerprint) {

  boolean isStatement() {
    return event.hasStatement();
  }

  /** When the captured statement completed, on the same scale as {@link #orderKey}. */
  long capturedEnd() {
    return Math.max(orderKey, event.getStartUnixNanos() + Math.max(0, event.getDurationNanos()));
  }

  /**
   * Turns capture events (in capture order) into replay events, fingerprinting each distinct SQL
   * text once while it stays among the recently seen ones. Not thread-safe: one per stream.
   */
  static final class Preparer {
    private static final int CACHED_SQL = 4096;

    private final CaptureOrder order = new CaptureOrder();

    private final Map<String, QueryFingerprint> recent =
        new LinkedHashMap<>(CACHED_SQL, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, QueryFingerprint> eldest) {
            return size() > CACHED_SQL;
          }
        };

    ReplayEvent prepare(CaptureEvent event) {
      QueryFingerprint fingerprint = null;
      if (event.hasStatement() && !event.getStatement().getSql().isBlank()) {
        fingerprint =
            recent.computeIfAbsent(event.getStatement().getSql(), Fingerprinter::fingerprint);
      }
      return new ReplayEvent(event, SessionKey.of(event), order.next(event), fingerprint);
    }
  }
}
