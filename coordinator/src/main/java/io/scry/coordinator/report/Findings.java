package io.scry.coordinator.report;

import io.scry.coordinator.compare.ErrorChange;
import io.scry.coordinator.compare.PatternComparison;
import io.scry.coordinator.compare.PercentileComparison;
import io.scry.coordinator.compare.ReplayArtifacts;
import io.scry.coordinator.compare.ResultDifference;
import io.scry.coordinator.explain.PlanChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sentences every report format tells a pattern's findings in, so all formats agree. */
public final class Findings {
  private Findings() {}

  /** One line per percentile: "p50 1.95 ms -> 180.20 ms 92.4x (95% CI 88.1x-96.0x, limit 1.5x)". */
  public static String latency(PercentileComparison p, double confidence) {
    String noise =
        Double.isNaN(p.noiseRatio())
            ? ""
            : String.format(Locale.ROOT, ", A/A %s", ratio(p.noiseRatio()));
    return String.format(
        Locale.ROOT,
        "%s %s -> %s  %s (%d%% CI %s-%s, limit %s%s)%s",
        p.percentile().label(),
        ms(p.baselineMs()),
        ms(p.candidateMs()),
        ratio(p.ratio()),
        Math.round(confidence * 100),
        ratio(p.interval().low()),
        ratio(p.interval().high()),
        ratio(p.threshold()),
        noise,
        p.regressed() ? "  REGRESSED" : "");
  }

  public static String error(ErrorChange e) {
    String what =
        switch (e.kind()) {
          case NEW -> "new error " + e.sqlstate() + " (" + e.candidateCount() + "x)";
          case GONE -> "error gone " + e.sqlstate() + " (was " + e.baselineCount() + "x)";
          case CHANGED ->
              String.format(
                  Locale.ROOT,
                  "error %s %dx -> %dx (rate %.1f%% -> %.1f%%)",
                  e.sqlstate(),
                  e.baselineCount(),
                  e.candidateCount(),
                  e.baselineRate() * 100,
                  e.candidateRate() * 100);
        };
    return what
        + ": "
        + oneLine(e.sampleMessage(), 160)
        + " -- e.g. "
        + oneLine(e.sampleSql(), 160);
  }

  public static String resultDifference(ResultDifference d) {
    StringBuilder s =
        new StringBuilder("results differ: rows ")
            .append(d.baselineRows())
            .append(" -> ")
            .append(d.candidateRows());
    if (d.digestDiffers()) {
      s.append(", row digest differs");
    }
    if (!d.sampleKey().isEmpty()) {
      s.append("; statement ")
          .append(d.sampleKey())
          .append(" returned ")
          .append(d.sampleBaselineRows())
          .append(" -> ")
          .append(d.sampleCandidateRows())
          .append(" rows");
    }
    return s.append(" -- ").append(oneLine(d.sampleSql(), 160)).toString();
  }

  /**
   * Everything that went wrong with a pattern, one sentence each: its regressed percentiles (in
   * p50, p95, p99 order), then {@link #otherProblems}.
   */
  public static List<String> problems(PatternComparison p, PlanChange plan) {
    List<String> lines = new ArrayList<>();
    p.latency().percentiles().stream()
        .filter(PercentileComparison::regressed)
        .forEach(l -> lines.add(latency(l, 0.95)));
    lines.addAll(otherProblems(p, plan));
    return lines;
  }

  /** What went wrong besides latency: errors, results, artifacts, then the plan and its fix. */
  public static List<String> otherProblems(PatternComparison p, PlanChange plan) {
    List<String> lines = new ArrayList<>();
    p.errors().stream().filter(ErrorChange::failing).forEach(e -> lines.add(error(e)));
    if (p.results().difference() != null) {
      lines.add(resultDifference(p.results().difference()));
    }
    if (p.failures().contains(io.scry.coordinator.compare.Failure.NOT_REPLAYED)) {
      lines.add("not replayed on the candidate");
    }
    if (p.artifacts().any()) {
      lines.add(artifacts(p));
    }
    if (plan != null) {
      lines.add("plan: " + plan.summary());
      if (!plan.suggestion().isEmpty()) {
        lines.add("fix: " + plan.suggestion());
      }
    }
    return lines;
  }

  /** Why a pattern is inconclusive, in words: too few statements, or too many replay artifacts. */
  public static String inconclusive(PatternComparison p, long minQueryCount) {
    ReplayArtifacts artifacts = p.artifacts();
    if (artifacts.uncomparable()) {
      return String.format(
          Locale.ROOT,
          "replay artifacts (%s) in %.1f%% of baseline and %.1f%% of candidate statements, above"
              + " %.0f%%: the replay's own lock waits, not the schema; latency and results not"
              + " judged",
          artifactStates(artifacts),
          artifacts.baselineRate() * 100,
          artifacts.candidateRate() * 100,
          ReplayArtifacts.MAX_RATE * 100);
    }
    return String.format(
        Locale.ROOT, "only %d statements per round (min_query_count %d)", p.count(), minQueryCount);
  }

  /** A pattern's replay artifacts in words, or empty when it has none. */
  public static String artifacts(PatternComparison p) {
    ReplayArtifacts artifacts = p.artifacts();
    if (!artifacts.any()) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "replay artifacts, not counted as errors: %s (baseline %d, candidate %d)",
        artifactStates(artifacts),
        artifacts.baselineCount(),
        artifacts.candidateCount());
  }

  private static String artifactStates(ReplayArtifacts artifacts) {
    return artifacts.bySqlstate().entrySet().stream()
        .map(e -> e.getKey() + " x" + e.getValue())
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** The headline of a pattern's problem, for table cells and test-case messages. */
  public static String headline(PatternComparison p) {
    PercentileComparison worst = p.latency().worst();
    List<String> parts = new ArrayList<>();
    if (worst != null && worst.regressed()) {
      parts.add(
          worst.percentile().label()
              + " "
              + ratio(worst.ratio())
              + " ("
              + ms(worst.baselineMs())
              + " -> "
              + ms(worst.candidateMs())
              + ")");
    }
    p.errors().stream()
        .filter(e -> e.failing())
        .forEach(
            e ->
                parts.add(
                    (e.kind() == ErrorChange.Kind.NEW ? "new " : "more ")
                        + "errors "
                        + e.sqlstate()));
    if (p.results().difference() != null) {
      parts.add("different results");
    }
    if (p.failures().contains(io.scry.coordinator.compare.Failure.NOT_REPLAYED)) {
      parts.add("not replayed");
    }
    return String.join("; ", parts);
  }

  public static String ms(double ms) {
    if (Double.isNaN(ms)) {
      return "-";
    }
    if (ms >= 100) {
      return String.format(Locale.ROOT, "%.0f ms", ms);
    }
    return String.format(Locale.ROOT, ms >= 10 ? "%.1f ms" : "%.2f ms", ms);
  }

  public static String ratio(double ratio) {
    if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
      return "-";
    }
    return String.format(Locale.ROOT, ratio >= 10 ? "%.0fx" : "%.2fx", ratio);
  }

  /** Whitespace folded to single spaces, cut to {@code max} characters. */
  public static String oneLine(String s, int max) {
    String folded = s == null ? "" : s.replaceAll("\\s+", " ").trim();
    return folded.length() <= max ? folded : folded.substring(0, max - 3) + "...";
  }
}
