package io.scry.cli.demo;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints the demo's numbered steps with how long each took and the time since the start. */
final class Narrator {
  private final PrintWriter out;
  private final int steps;
  private final long started = System.nanoTime();
  private long stepStarted = started;
  private int step;

  Narrator(PrintWriter out, int steps) {
    this.out = out;
    this.steps = steps;
  }

  /** Starts the next step. */
  void step(String what) {
    step++;
    stepStarted = System.nanoTime();
    out.printf(Locale.ROOT, "%n[%d/%d] %s%n", step, steps, what);
    out.flush();
  }

  /** A detail of the current step. */
  void say(String format, Object... args) {
    out.printf(Locale.ROOT, "      " + format + "%n", args);
    out.flush();
  }

  /** Ends the current step with its duration. */
  void done(String result) {
    out.printf(
        Locale.ROOT,
        "      %s (%.1f s, %.1f s total)%n",
        result,
        seconds(stepStarted),
        seconds(started));
    out.flush();
  }

  double totalSeconds() {
    return seconds(started);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
