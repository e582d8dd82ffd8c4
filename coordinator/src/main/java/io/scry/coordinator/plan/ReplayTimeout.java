package io.scry.coordinator.plan;

import java.time.Duration;

/**
 * How long one replay of a capture may take before the check gives up, when the user did not say:
 * long enough for a timed replay of the whole capture with room for a slower candidate, and never
 * less than {@link #MINIMUM}. A fixed default would cut off the timed replay of a capture longer
 * than it, and wait half an hour for a small one that hangs.
 */
public final class ReplayTimeout {

  /** The shortest default. */
  public static final Duration MINIMUM = Duration.ofMinutes(30);

  private ReplayTimeout() {}

  /** Three times the captured span (a timed replay takes it once) plus ten minutes, or more. */
  public static Duration forCapture(Duration captureSpan) {
    Duration scaled = captureSpan.multipliedBy(3).plusMinutes(10);
    return scaled.compareTo(MINIMUM) > 0 ? scaled : MINIMUM;
  }
}
