package io.scry.coordinator.shadow;

import java.time.Duration;
import java.util.Locale;

/**
 * How far the subscription's initial copy is.
 *
 * @param tablesDone tables copied and synchronized
 * @param rows rows of the tables done (as the shadow's statistics count them) and of the copies
 *     running
 * @param bytes bytes of the same
 * @param totalBytes the replicated tables' size on the source
 */
public record CopyProgress(
    int tablesDone, int tables, long rows, long bytes, long totalBytes, Duration elapsed) {

  public boolean done() {
    return tablesDone == tables;
  }

  /** The time left at the rate so far, or null when it cannot be told yet. */
  public Duration eta() {
    if (done()) {
      return Duration.ZERO;
    }
    if (bytes <= 0 || elapsed.isZero()) {
      return null;
    }
    double rate = bytes / (double) elapsed.toMillis();
    return Duration.ofMillis((long) (Math.max(0, totalBytes - bytes) / rate));
  }

  /** One line for a terminal or a CI log: {@code copy: 2/5 tables, 1200 rows, 1.2 of 4.0 MiB…}. */
  public String line() {
    Duration eta = eta();
    return String.format(
        Locale.ROOT,
        "copy: %d/%d tables, %d rows, %s of %s, %s",
        tablesDone,
        tables,
        rows,
        mebibytes(bytes),
        mebibytes(totalBytes),
        done()
            ? "done in " + seconds(elapsed)
            : eta == null ? "ETA unknown" : "ETA " + seconds(eta));
  }

  private static String mebibytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
  }

  private static String seconds(Duration duration) {
    return duration.toSeconds() + " s";
  }
}
