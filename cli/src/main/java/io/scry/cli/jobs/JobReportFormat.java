package io.scry.cli.jobs;

import io.scry.cli.ScryCli;
import io.scry.coordinator.api.JobRoutes;
import io.scry.coordinator.compare.Thresholds;
import io.scry.coordinator.merge.FailoverRow;
import io.scry.coordinator.merge.PatternRow;
import io.scry.coordinator.merge.Percentiles;
import io.scry.coordinator.merge.PhaseReport;
import io.scry.coordinator.report.ReportFormat;
import io.scry.coordinator.report.ReportWriter;
import io.scry.coordinator.report.VerdictReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * How {@code report} and {@code submit --wait} print a job's report. A new format is one more
 * constant: it gets the API client and the job id, prints, and returns the exit code.
 *
 * <p>{@code table} and {@code json} show any job's percentiles. The verdict formats ({@code junit},
 * {@code markdown}, {@code html}, {@code verdict-json}) compare the job's targets as {@link
 * JobVerdict} describes (0 baseline, 1 candidate, 2 optional A/A clone) with the thresholds of
 * scry.yaml ({@link ThresholdOptions}) and exit like the CI gate: 0 safe, 5 regression.
 *
 * <p>Not to be confused with {@link ReportFormat}, the files a verdict report is written as: a job
 * report format may be a percentile view that has no verdict, and its {@code json} is the job API's
 * report while the verdict's JSON is {@code verdict-json}.
 */
public enum JobReportFormat {
  /**
   * Per phase: a per-pattern table (count, errors, p50/p95/p99/max ms, and in a timed replay the
   * pattern's schedule lag p99) and the phase's schedule lag.
   */
  TABLE {
    @Override
    int render(JobApi api, String id, PrintWriter out, Supplier<Thresholds> thresholds)
        throws IOException, InterruptedException {
      JobRoutes.Report report = JobApi.parseReport(api.reportJson(id));
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
        // Only a timed replay has a schedule to lag behind.
        boolean timed = phase.scheduleLag().maxMs() > 0;
        out.printf(
            "%10s %8s %10s %10s %10s %10s%s  %s%n",
            "count",
            "errors",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "max ms",
            timed ? String.format("%12s", "lag p99 ms") : "",
            "pattern");
        for (PatternRow row : phase.patterns()) {
          Percentiles latency = row.latency();
          out.printf(
              "%10d %8d %10.2f %10.2f %10.2f %10.2f%s  %s%n",
              row.count(),
              row.errors(),
              latency.p50Ms(),
              latency.p95Ms(),
              latency.p99Ms(),
              latency.maxMs(),
              timed ? String.format(Locale.ROOT, "%12.2f", row.scheduleLag().p99Ms()) : "",
              abbreviate(row.sql()));
        }
        Percentiles lag = phase.scheduleLag();
        out.printf(
            "schedule lag: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
            lag.p50Ms(), lag.p95Ms(), lag.p99Ms(), lag.maxMs());
        for (FailoverRow failover : phase.failovers()) {
          out.println("failover: " + failover.describe());
        }
      }
      out.flush();
      return ScryCli.EXIT_OK;
    }
  },

  /** The report exactly as {@code GET /api/v1/jobs/{id}/report} returns it. */
  JSON {
    @Override
    int render(JobApi api, String id, PrintWriter out, Supplier<Thresholds> thresholds)
        throws IOException, InterruptedException {
      out.println(api.reportJson(id));
      out.flush();
      return ScryCli.EXIT_OK;
    }
  },

  /** JUnit XML of the verdict: one test case per pattern, a regression is a failure. */
  JUNIT(ReportFormat.JUNIT),

  /** The verdict as a Markdown pull-request comment. */
  MARKDOWN(ReportFormat.MARKDOWN),

  /** The verdict as a self-contained HTML page. */
  HTML(ReportFormat.HTML),

  /** The verdict as JSON (docs/REPORT-SCHEMA.md), not the percentile report of {@code json}. */
  VERDICT_JSON(ReportFormat.JSON);

  private static final int SQL_WIDTH = 100;

  /** The verdict format this constant renders, or null for the percentile formats. */
  private final ReportFormat verdictFormat;

  JobReportFormat() {
    this(null);
  }

  JobReportFormat(ReportFormat verdictFormat) {
    this.verdictFormat = verdictFormat;
  }

  /** The name {@code --format} takes: lower case, {@code -} for {@code _}. */
  String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Reads {@code --format} in any case: {@code table}, {@code json}, {@code verdict-json}... */
  static final class Converter implements CommandLine.ITypeConverter<JobReportFormat> {
    @Override
    public JobReportFormat convert(String value) {
      for (JobReportFormat format : values()) {
        if (format.label().equalsIgnoreCase(value.trim())) {
          return format;
        }
      }
      throw new CommandLine.TypeConversionException(
          "unknown format '"
              + value
              + "', expected one of "
              + String.join(", ", Arrays.stream(values()).map(JobReportFormat::label).toList()));
    }
  }

  /**
   * Prints job {@code id}'s report; the verdict formats fetch the merged results and compare them
   * with {@code thresholds} (asked for only by them, so that a broken scry.yaml does not stand in
   * the way of a percentile table).
   *
   * @return the exit code: {@link ScryCli#EXIT_OK}, or the verdict's
   */
  int render(JobApi api, String id, PrintWriter out, Supplier<Thresholds> thresholds)
      throws IOException, InterruptedException {
    VerdictReport verdict = JobVerdict.of(api.results(id), thresholds.get());
    out.print(ReportWriter.render(verdict, verdictFormat));
    out.flush();
    return verdict.verdict().exitCode();
  }

  private static String reasonOf(JobRoutes.Report report) {
    return report.job().reason() == null ? "" : " (" + report.job().reason() + ")";
  }

  private static String abbreviate(String sql) {
    String oneLine = sql.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= SQL_WIDTH ? oneLine : oneLine.substring(0, SQL_WIDTH - 1) + "…";
  }
}
