package io.scry.coordinator.migration;

import io.scry.coordinator.report.Durations;
import java.time.Duration;
import java.util.Locale;

/**
 * How many replays a check runs and, once some have run, how long the rest will take: the plan
 * printed as the check starts and the estimate after each replay, so that a CI log shows how far
 * the gate is and when it will end. Replays of one check cost about the same (the same capture on
 * clones of the same data), so the mean of those done predicts the others.
 */
public final class ReplayPlan {
  private int total;
  private int done;
  private long replayNanos;

  /**
   * @param rounds measured rounds after the warm-up
   * @param calibrate whether each round also replays the A/A clone
   */
  public ReplayPlan(int rounds, boolean calibrate) {
    // The warm-up replays the baseline and the candidate; each round every target.
    this.total = 2 + rounds * (calibrate ? 3 : 2);
  }

  /** The replays of the warm-up and the measured rounds (the rehearsal's traffic aside). */
  public int total() {
    return total;
  }

  /** Adds replays the check decided on as it went (the advice proof's). */
  void extend(int replays) {
    total += replays;
  }

  /**
   * Counts one replay done.
   *
   * @return {@code N of M replays done} and, while some are left, the estimated time to the last
   */
  String replayed(Duration took) {
    done++;
    replayNanos += took.toNanos();
    String progress = String.format(Locale.ROOT, "%d of %d replays done", done, total);
    if (done >= total) {
      return progress;
    }
    long leftSeconds = Math.round(replayNanos / (double) done * (total - done) / 1e9);
    return progress + ", about " + Durations.compact(leftSeconds) + " left";
  }
}
