package io.scry.worker.replay;

import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.fingerprint.QueryFingerprint;
import io.scry.protocol.replay.SessionKey;
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
 * @param readOnly a statement that only reads ({@link ReadOnlyStatements})
 * @param cloneEscape the kind of {@link CloneEscapes} the statement is, never replayed; or null
 */
record ReplayEvent(
    CaptureEvent event,
    SessionKey session,
    long orderKey,
    QueryFingerprint fingerprint,
    boolean readOnly,
    String cloneEscape) {

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

    private record Pattern(QueryFingerprint fingerprint, boolean readOnly, String cloneEscape) {}

    private final Map<String, Pattern> recent =
        new LinkedHashMap<>(CACHED_SQL, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > CACHED_SQL;
          }
        };

    ReplayEvent prepare(CaptureEvent event) {
      Pattern pattern = null;
      if (event.hasStatement() && !event.getStatement().getSql().isBlank()) {
        pattern = recent.computeIfAbsent(event.getStatement().getSql(), Preparer::pattern);
      }
      return new ReplayEvent(
          event,
          SessionKey.of(event),
          order.next(event),
          pattern == null ? null : pattern.fingerprint(),
          pattern != null && pattern.readOnly(),
          pattern == null ? null : pattern.cloneEscape());
    }

    private static Pattern pattern(String sql) {
      QueryFingerprint fingerprint = Fingerprinter.fingerprint(sql);
      return new Pattern(
          fingerprint,
          ReadOnlyStatements.isReadOnly(fingerprint.normalized()),
          CloneEscapes.kindOf(fingerprint.normalized()).orElse(null));
    }
  }
}
