package io.scry.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The wall times of a benchmark's repeated runs; the median is the figure the docs quote. */
final class WallTimes {
  private final List<Double> seconds = new ArrayList<>();

  /** Records a run that started at {@code startedNanos} ({@link System#nanoTime()}). */
  double recordSince(long startedNanos) {
    double elapsed = (System.nanoTime() - startedNanos) / 1e9;
    seconds.add(elapsed);
    return elapsed;
  }

  /** "median of N runs: S s". */
  String medianLine() {
    List<Double> sorted = seconds.stream().sorted().toList();
    return String.format(
        Locale.ROOT, "median of %d runs: %.1f s", sorted.size(), sorted.get(sorted.size() / 2));
  }
}
