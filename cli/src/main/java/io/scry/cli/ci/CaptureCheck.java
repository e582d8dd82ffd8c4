package io.scry.cli.ci;

import io.scry.cli.failure.UserFailure;
import io.scry.coordinator.config.ConfigKey;
import io.scry.coordinator.migration.MigrationCheckException;
import io.scry.coordinator.plan.EventSelection;
import io.scry.protocol.segment.CaptureCompleteness;
import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.segment.CaptureSummary;
import io.scry.protocol.v1.CaptureEvent;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the gate checks of a capture directory before anything expensive: that it can be read, holds
 * statements, and is complete enough. A capture the proxy could not fully write (its gap records
 * say how many statements were forwarded but not captured) would let the gate pass on traffic it
 * never saw.
 */
final class CaptureCheck {
  private CaptureCheck() {}

  /** The capture directory, or a failure that says what is wrong with the path given. */
  static Path directory(String capture) {
    Path dir = Path.of(capture);
    String problem =
        !Files.exists(dir)
            ? "does not exist"
            : !Files.isDirectory(dir)
                ? "is a file, not a directory of capture segment files"
                : !Files.isReadable(dir) ? "cannot be read (permission denied)" : null;
    if (problem == null) {
      return dir;
    }
    throw new UserFailure(
        "the capture " + capture + " (CAPTURE, the first argument) " + problem,
        "pass the directory the capturing proxy wrote (its --capture-dir), or a capture name"
            + " with --coordinator");
  }

  /**
   * Reads the capture once and summarizes it.
   *
   * @param minCompletenessPct the least percentage of forwarded statements the capture must hold
   * @throws MigrationCheckException when it cannot be read, is empty or is less complete
   */
  static CaptureSummary check(Path captureDir, double minCompletenessPct, PrintStream log) {
    CaptureSummary summary;
    try (CaptureDirectory capture = CaptureDirectory.open(captureDir)) {
      summary = capture.summarize();
    } catch (IOException | RuntimeException e) {
      throw new MigrationCheckException(
          "cannot read the capture " + captureDir + ": " + e.getMessage(), e);
    }
    if (summary.statements() == 0) {
      throw new MigrationCheckException(
          "the capture " + captureDir + " holds no statements to replay", "");
    }
    CaptureCompleteness completeness = summary.completeness();
    double pct = completeness.ratio() * 100;
    log.printf(
        Locale.ROOT,
        "scry: capture %s: %,d statements in %,d sessions over %s, %s%n",
        captureDir,
        summary.statements(),
        summary.sessions(),
        summary.span(),
        completeness.complete()
            ? "complete"
            : String.format(
                Locale.ROOT,
                "%.3f%% complete (%,d statements lost in %,d sessions)",
                pct,
                completeness.statementsLost(),
                completeness.incompleteSessions().size()));
    if (pct < minCompletenessPct) {
      throw new MigrationCheckException(
          String.format(
              Locale.ROOT,
              "the capture %s is %.3f%% complete, below %s %s%%: the proxy lost %,d statements"
                  + " (events lost: %s); capture again on a proxy that keeps up, or lower %s (%s)"
                  + " knowingly",
              captureDir,
              pct,
              ConfigKey.MIN_CAPTURE_COMPLETENESS.key(),
              trim(minCompletenessPct),
              completeness.statementsLost(),
              completeness.lostByReason().entrySet().stream()
                  .map(e -> e.getKey() + " " + e.getValue())
                  .collect(Collectors.joining(", ")),
              ConfigKey.MIN_CAPTURE_COMPLETENESS.key(),
              ConfigKey.MIN_CAPTURE_COMPLETENESS.environmentVariable()),
          "");
    }
    return summary;
  }

  /**
   * Counts the statements a replay with {@code selection} runs: a second pass over the capture,
   * only made when a sample or a window narrows it, so that a selection of nothing fails here and
   * the progress knows its total.
   */
  static long selected(Path captureDir, EventSelection selection) {
    long statements = 0;
    try (CaptureDirectory capture = CaptureDirectory.open(captureDir)) {
      for (CaptureEvent event; (event = capture.next()) != null; ) {
        if (selection.selects(event)) {
          statements++;
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new MigrationCheckException(
          "cannot read the capture " + captureDir + ": " + e.getMessage(), e);
    }
    return statements;
  }

  static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
