package io.scry.coordinator.store;

import java.time.Duration;
import java.util.List;

/**
 * What the store holds for one capture.
 *
 * @param name the capture name
 * @param proxies ids of the proxies that shipped segments to it, sorted
 * @param segments segment files (sealed and active)
 * @param bytes size of the segment files up to their last intact frame
 * @param events capture events in them (session starts and ends included)
 * @param firstStartUnixNanos earliest event start; 0 if there are no events
 * @param lastStartUnixNanos latest event start; 0 if there are no events
 */
public record CaptureInfo(
    String name,
    List<String> proxies,
    int segments,
    long bytes,
    long events,
    long firstStartUnixNanos,
    long lastStartUnixNanos) {

  public CaptureInfo {
    proxies = List.copyOf(proxies);
  }

  /**
   * The window holding the capture's last {@code duration} of events, ending with its last event
   * (not with the current time): {@code [lastStart - duration, lastStart]}.
   */
  public TimeWindow lastWindow(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("negative duration " + duration);
    }
    return new TimeWindow(lastStartUnixNanos - duration.toNanos(), lastStartUnixNanos + 1);
  }
}
