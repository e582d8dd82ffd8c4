package io.scry.worker.replay;

import java.time.Instant;

/**
 * Maps Unix time (what schedules are agreed in across nodes) to {@link System#nanoTime} (what this
 * JVM can wait for precisely and monotonically), anchored once per replay.
 */
final class ReplayClock {

  private final long unixNanosAtAnchor;
  private final long nanoTimeAtAnchor;

  private ReplayClock(long unixNanosAtAnchor, long nanoTimeAtAnchor) {
    this.unixNanosAtAnchor = unixNanosAtAnchor;
    this.nanoTimeAtAnchor = nanoTimeAtAnchor;
  }

  static ReplayClock anchoredNow() {
    Instant now = Instant.now();
    long nanoTime = System.nanoTime();
    return new ReplayClock(now.getEpochSecond() * 1_000_000_000L + now.getNano(), nanoTime);
  }

  long toNanoTime(long unixNanos) {
    return nanoTimeAtAnchor + (unixNanos - unixNanosAtAnchor);
  }
}
