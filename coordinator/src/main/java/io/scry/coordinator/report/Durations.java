package io.scry.coordinator.report;

import java.util.Locale;

/** Durations as a progress line or an ETA shows them: {@code 45s}, {@code 3m05s}, {@code 1h02m}. */
public final class Durations {
  private Durations() {}

  public static String compact(long seconds) {
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60)
        : seconds >= 60
            ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60)
            : seconds + "s";
  }
}
