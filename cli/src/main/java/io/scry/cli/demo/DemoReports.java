package io.scry.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The gate's reports of a demo, kept after it ends in a directory of the user's (the servers and
 * the capture go with the demo's temporary directory): one subdirectory per gate run, named after
 * it ({@code migration}, {@code fixed}).
 */
final class DemoReports {
  private DemoReports() {}

  /** The directory for one gate run's reports, emptied of an earlier demo's. */
  static Path fresh(Path reportDir, String run) {
    Path dir = reportDir.resolve(run);
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file :
            files.filter(f -> f.getFileName().toString().startsWith("scry-report.")).toList()) {
          Files.delete(file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot clear the demo's reports in " + dir, e);
      }
    }
    return dir;
  }

  /** Says where the reports are and how to look at them. */
  static void printWhere(PrintWriter out, Path reportDir) {
    try (Stream<Path> runs = Files.list(reportDir)) {
      runs.filter(Files::isDirectory)
          .sorted()
          .map(run -> run.resolve("scry-report.html"))
          .filter(Files::isRegularFile)
          .forEach(
              html ->
                  out.printf(
                      "Report kept: %s (Markdown and JSON beside it); open it in a browser, e.g."
                          + " xdg-open %s%n",
                      html, html));
    } catch (IOException e) {
      out.println("The reports were not kept: " + e.getMessage());
    }
    out.flush();
  }
}
