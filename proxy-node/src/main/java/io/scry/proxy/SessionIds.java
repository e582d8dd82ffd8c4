package io.scry.proxy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Session ids of one proxy run. A capture holds every run of a proxy id (restarts, and spools
 * re-created or restored), and replay tells sessions apart by (proxy id, session id): a run that
 * started counting at 1 again would merge its sessions with the previous run's, and the replay
 * would skip them as events after their session's end. So each run counts from its start time in
 * microseconds: later runs get higher ids unless a run opened more than a million sessions a second
 * on average. Thread-safe.
 */
final class SessionIds {

  private final AtomicLong last;

  SessionIds(Instant runStart) {
    last = new AtomicLong(runStart.getEpochSecond() * 1_000_000L + runStart.getNano() / 1_000);
  }

  long next() {
    return last.incrementAndGet();
  }
}
