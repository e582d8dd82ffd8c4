package io.scry.cli.jobs;

import io.scry.coordinator.api.JobRoutes;
import io.scry.coordinator.merge.PatternRow;
import io.scry.coordinator.merge.Percentiles;
import io.scry.coordinator.merge.PhaseReport;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;

/**
 * How {@code report} and {@code submit --wait} print a job's report. A new format is one more
 * constant: it gets the report as the API returns it, as JSON text and parsed.
 */
public enum ReportFormat {
  /** Per phase: a per-pattern table (count, errors, p50/p95/p99/max ms) and the schedule lag. */
  TABLE {
    @Override
    void render(String json, JobRoutes.Report report, PrintWriter out) {
      out.printf("job %s: %s%s%n", report.job().id(), report.job().state(), reasonOf(report));
      for (PhaseReport phase : report.phases()) {
        out.printf(
            "%nround %d, target %s: %d statements in %d sessions, %d errors, %.1f s%n",
            phase.round(),
            phase.target(),
            phase.statements(),
            phase.sessions(),
            phase.errors(),
            phase.wallSeconds());
        out.printf(
            "%10s %8s %10s %10s %10s %10s  %s%n",
            "count", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms", "pattern");
        for (PatternRow row : phase.patterns()) {
          Percentiles latency = row.latency();
          out.printf(
              "%10d %8d %10.2f %10.2f %10.2f %10.2f  %s%n",
              row.count(),
              row.errors(),
              latency.p50Ms(),
              latency.p95Ms(),
              latency.p99Ms(),
              latency.maxMs(),
              abbreviate(row.sql()));
        }
        Percentiles lag = phase.scheduleLag();
        out.printf(
            "schedule lag: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
            lag.p50Ms(), lag.p95Ms(), lag.p99Ms(), lag.maxMs());
      }
      out.flush();
    }
  },

  /** The report exactly as {@code GET /api/v1/jobs/{id}/report} returns it. */
  JSON {
    @Override
    void render(String json, JobRoutes.Report report, PrintWriter out) {
      out.println(json);
      out.flush();
    }
  };

  private static final int SQL_WIDTH = 100;

  /** Reads {@code --format} in any case: {@code table}, {@code json}. */
  static final class Converter implements CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "unknown format '"
                + value
                + "', expected one of "
                + Arrays.toString(values()).toLowerCase(Locale.ROOT));
      }
    }
  }

  abstract void render(String json, JobRoutes.Report report, PrintWriter out);

  private static String reasonOf(JobRoutes.Report report) {
    return report.job().reason() == null ? "" : " (" + report.job().reason() + ")";
  }

  private static String abbreviate(String sql) {
    String oneLine = sql.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= SQL_WIDTH ? oneLine : oneLine.substring(0, SQL_WIDTH - 1) + "…";
  }
}
