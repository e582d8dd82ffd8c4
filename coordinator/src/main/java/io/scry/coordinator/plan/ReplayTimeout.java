package io.scry.coordinator.plan;

import java.time.Duration;

/**
 * How long one replay of a capture may take before the check gives up, when the user did not say:
 * long enough for a timed replay of the whole capture with room for a slower candidate, long enough
 * for its statements at the slowest rate a replay keeps even on a loaded machine, and never less
 * than {@link #MINIMUM}. A fixed default would cut off the timed replay of a capture longer than
 * it, and wait half an hour for a small one that hangs. The span alone is not enough: a dense
 * capture (10,000,000 statements captured in 100 s) replays in stress mode for far longer than its
 * span, at the replay's own pace.
 */
public final class ReplayTimeout {

  /** The shortest default. */
  public static final Duration MINIMUM = Duration.ofMinutes(30);

  /**
   * Statements a second that a replay keeps up even with its target on a loaded 2-core machine
   * (about a fifth of what one worker measured there, docs/BENCHMARKS.md).
   */
  static final long SLOWEST_RATE = 1_000;

  private ReplayTimeout() {}

  /**
   * Three times the captured span (a timed replay takes it once) or the statements at {@link
   * #SLOWEST_RATE}, whichever is longer, plus ten minutes; at least {@link #MINIMUM}.
   */
  public static Duration forCapture(Duration captureSpan, long statements) {
    Duration paced = captureSpan.multipliedBy(3);
    Duration counted = Duration.ofSeconds(statements / SLOWEST_RATE);
    Duration scaled = (paced.compareTo(counted) > 0 ? paced : counted).plusMinutes(10);
    return scaled.compareTo(MINIMUM) > 0 ? scaled : MINIMUM;
  }
}
