package io.scry.worker.replay;

import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.fingerprint.QueryFingerprint;
import io.scry.protocol.v1.CaptureEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A capture event with what the replay needs precomputed off the timing path: its session and, for
 * a statement, its fingerprint.
 *
 * @param fingerprint {@code null} unless the event is a statement with SQL
 */
record ReplayEvent(CaptureEvent event, SessionKey session, QueryFingerprint fingerprint) {

  boolean isStatement() {
    return event.hasStatement();
  }

  /**
   * Turns capture events into replay events, fingerprinting each distinct SQL text once while it
   * stays among the recently seen ones. Not thread-safe: one per stream.
   */
  static final class Preparer {
    private static final int CACHED_SQL = 4096;

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
      return new ReplayEvent(event, SessionKey.of(event), fingerprint);
    }
  }
}
