package io.scry.coordinator.store;

import io.scry.protocol.v1.CaptureEvent;
import java.time.Instant;

/**
 * A half-open range {@code [fromUnixNanos, toUnixNanos)} of event start times.
 *
 * <p>"The last 15 minutes of a capture" is relative to the capture's last event, not to now: see
 * {@link CaptureInfo#lastWindow(java.time.Duration)}.
 */
public record TimeWindow(long fromUnixNanos, long toUnixNanos) {

  public TimeWindow {
    if (toUnixNanos < fromUnixNanos) {
      throw new IllegalArgumentException(
          "time window ends (" + toUnixNanos + ") before it starts (" + fromUnixNanos + ")");
    }
  }

  /** Every event. */
  public static TimeWindow all() {
    return new TimeWindow(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** Events starting at or after {@code from} and before {@code to}. */
  public static TimeWindow between(Instant from, Instant to) {
    return new TimeWindow(unixNanos(from), unixNanos(to));
  }

  public boolean contains(long startUnixNanos) {
    return startUnixNanos >= fromUnixNanos && startUnixNanos < toUnixNanos;
  }

  public boolean contains(CaptureEvent event) {
    return contains(event.getStartUnixNanos());
  }

  static long unixNanos(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
  }
}
