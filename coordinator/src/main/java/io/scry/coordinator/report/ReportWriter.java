package io.scry.coordinator.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Renders a report in each requested format: files into a directory, the terminal to a stream. */
public final class ReportWriter {
  private ReportWriter() {}

  /** Renders one format (the terminal one without colour). */
  public static String render(VerdictReport report, ReportFormat format) {
    return switch (format) {
      case TERMINAL -> new TerminalReport(false).render(report);
      case JSON -> new JsonReport().render(report);
      case JUNIT -> new JunitReport().render(report);
      case MARKDOWN -> new MarkdownReport().render(report);
      case HTML -> new HtmlReport().render(report);
    };
  }

  /**
   * Writes every format of {@code formats} and returns the files written.
   *
   * @param terminal where the terminal format goes
   * @param colour whether the terminal gets ANSI colours
   */
  public static List<Path> write(
      VerdictReport report,
      List<ReportFormat> formats,
      Path directory,
      PrintWriter terminal,
      boolean colour)
      throws IOException {
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : formats) {
      if (format == ReportFormat.TERMINAL) {
        terminal.print(new TerminalReport(colour).render(report));
        terminal.flush();
        continue;
      }
      Files.createDirectories(directory);
      Path file = directory.resolve(format.fileName());
      Files.writeString(file, render(report, format), StandardCharsets.UTF_8);
      written.add(file);
    }
    return written;
  }
}
