package io.scry.coordinator.report;

import io.scry.coordinator.compare.Calibration;
import io.scry.coordinator.compare.Comparison;
import io.scry.coordinator.compare.PatternComparison;
import io.scry.coordinator.compare.PatternStatus;
import io.scry.coordinator.compare.PercentileComparison;
import io.scry.protocol.gate.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * The report as a terminal shows it: verdict first, then regressed patterns with their evidence,
 * plan change and fix, then inconclusive ones, then a table of the rest. ANSI colours only when
 * asked for (a TTY).
 */
public final class TerminalReport {
  private static final String RED = "\u001b[31;1m";
  private static final String YELLOW = "\u001b[33m";
  private static final String GREEN = "\u001b[32;1m";
  private static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";

  private final boolean colour;

  public TerminalReport(boolean colour) {
    this.colour = colour;
  }

  public String render(VerdictReport report) {
    Comparison c = report.comparison();
    StringBuilder out = new StringBuilder();
    boolean safe = report.verdict() == Verdict.SAFE;
    out.append(
            paint(
                safe ? GREEN : RED,
                "Scry verdict: "
                    + report.verdict()
                    + " (exit "
                    + report.verdict().exitCode()
                    + ")"))
        .append(
            String.format(
                Locale.ROOT,
                "  %d patterns: %d regressed, %d inconclusive, %d passed%n",
                c.patterns().size(),
                c.regressed().size(),
                c.inconclusive().size(),
                c.withStatus(PatternStatus.PASSED).size()));
    RunInfo run = report.run();
    out.append(
        paint(
            DIM,
            String.format(
                Locale.ROOT,
                "capture %s | shadow %s | %s mode | %d rounds after warm-up | %s%% of sessions | %d statements/round%n",
                run.capture(),
                run.shadow(),
                run.mode().label(),
                run.rounds(),
                trim(run.samplePct()),
                run.statementsPerRound())));
    if (run.cloneEscapeCount() > 0) {
      out.append(
          paint(
              YELLOW,
              String.format(
                  Locale.ROOT,
                  "%d statements/round not replayed, they reach beyond a clone: %s%n",
                  run.cloneEscapeCount(),
                  new java.util.TreeMap<>(run.cloneEscapes()))));
    }
    if (run.statementsAfterGaps() > 0) {
      out.append(
          paint(
              YELLOW,
              String.format(
                  Locale.ROOT,
                  "%d statements/round not replayed, they follow a gap in their session's capture"
                      + " (ci.replay_past_gaps)%n",
                  run.statementsAfterGaps())));
    }
    if (run.statementsInCheckpoint() > 0) {
      out.append(
          String.format(
              Locale.ROOT,
              "%d statements/round not replayed, the shadow checkpoint holds their effects%n",
              run.statementsInCheckpoint()));
    }
    out.append(noise(c.calibration())).append('\n');
    if (report.rehearsal() != null) {
      out.append(rehearsal(report.rehearsal()));
    }

    for (PatternComparison p : c.regressed()) {
      out.append('\n')
          .append(paint(RED, "REGRESSED "))
          .append(Findings.oneLine(p.query().normalizedSql(), 120))
          .append('\n');
      out.append(details(p));
      Findings.otherProblems(p, report.planChange(p.fingerprint()))
          .forEach(
              line ->
                  out.append("  ")
                      .append(line.startsWith("fix:") ? paint(GREEN, line) : line)
                      .append('\n'));
      LikelyCause.of(p, report.planChange(p.fingerprint()), report.migration())
          .ifPresent(
              cause ->
                  out.append("  likely cause: ")
                      .append(LikelyCause.describe(cause, report.migration().statements()))
                      .append('\n'));
    }
    List<String> advice = AdviceFindings.lines(report.adviceProof());
    for (int i = 0; i < advice.size(); i++) {
      out.append(i == 0 ? "\n" : "  ")
          .append(
              i == 0 && AdviceFindings.proven(report.adviceProof())
                  ? paint(GREEN, advice.get(i))
                  : advice.get(i))
          .append('\n');
    }
    for (PatternComparison p : c.inconclusive()) {
      out.append('\n')
          .append(paint(YELLOW, "INCONCLUSIVE "))
          .append(Findings.oneLine(p.query().normalizedSql(), 120))
          .append('\n');
      out.append("  ")
          .append(Findings.inconclusive(p, c.thresholds().minQueryCount()))
          .append(
              p.latency().worst() == null
                  ? ""
                  : "; worst " + Findings.latency(p.latency().worst(), c.thresholds().confidence()))
          .append('\n');
    }
    List<PatternComparison> passed = c.withStatus(PatternStatus.PASSED);
    if (!passed.isEmpty()) {
      out.append('\n')
          .append(
              String.format(
                  Locale.ROOT,
                  "%-60s %8s %21s %8s %8s%n",
                  "PASSED",
                  "COUNT",
                  "p50 base -> cand",
                  "p95",
                  "p99"));
      for (PatternComparison p : passed) {
        out.append(
            String.format(
                Locale.ROOT,
                "%-60s %8d %21s %8s %8s%n",
                Findings.oneLine(p.query().normalizedSql(), 60),
                p.count(),
                p.latency().percentiles().isEmpty()
                    ? "-"
                    : Findings.ms(p.latency().percentiles().get(0).baselineMs())
                        + " -> "
                        + Findings.ms(p.latency().percentiles().get(0).candidateMs()),
                ratioAt(p, 1),
                ratioAt(p, 2)));
      }
      // A pattern slower than a limit that still passed says which rule let it through.
      passed.stream()
          .filter(Verdicts::passedOverALimit)
          .forEach(
              p ->
                  out.append("  ")
                      .append(Findings.oneLine(p.query().normalizedSql(), 60))
                      .append(": ")
                      .append(Verdicts.why(p, c.thresholds()))
                      .append('\n'));
    }
    if (report.migration() != null) {
      out.append('\n').append(migration(report.migration()));
    }
    return out.toString();
  }

  private String details(PatternComparison p) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "  fingerprint %s | %d statements/round | impact %+.0f ms/round%n",
            p.fingerprintHex(),
            p.count(),
            p.latency().impactMs()));
    // Every percentile in p50, p95, p99 order, the ones that did not regress dimmed.
    for (PercentileComparison l : p.latency().percentiles()) {
      String line = "  " + Findings.latency(l, 0.95);
      s.append(l.regressed() ? line : paint(DIM, line)).append('\n');
    }
    return s.toString();
  }

  private static String ratioAt(PatternComparison p, int index) {
    return p.latency().percentiles().size() > index
        ? Findings.ratio(p.latency().percentiles().get(index).ratio())
        : "-";
  }

  static String noise(Calibration calibration) {
    if (!calibration.measured()) {
      return "noise (A/A): not measured";
    }
    StringBuilder s = new StringBuilder("noise (A/A, baseline vs untouched clone):");
    calibration
        .noise()
        .forEach(
            n ->
                s.append(' ')
                    .append(n.percentile().label())
                    .append(" median ")
                    .append(Findings.ratio(n.medianRatio()))
                    .append(" max ")
                    .append(Findings.ratio(n.maxRatio()))
                    .append(';'));
    return s.append(' ')
        .append(calibration.falsePositives())
        .append(" of ")
        .append(calibration.patternsJudged())
        .append(" patterns would have been flagged")
        .toString();
  }

  private String rehearsal(RehearsalSummary r) {
    StringBuilder s = new StringBuilder("\n");
    for (LockRisk risk : r.risks()) {
      s.append(paint(RED, "LOCK RISK ")).append(risk.message()).append('\n');
    }
    s.append(r.lockRisk() ? "" : paint(GREEN, "no lock risk: "))
        .append(LockFindings.headline(r))
        .append('\n');
    r.analysis()
        .blockedPatterns()
        .forEach(p -> s.append("  blocked ").append(LockFindings.blocked(p)).append('\n'));
    List<String> window = LockFindings.windowLatency(r);
    for (int i = 0; i < window.size(); i++) {
      s.append(i == 0 ? "  " : "    ").append(window.get(i)).append('\n');
    }
    for (RehearsedStatement st : r.statements()) {
      List<String> lines = LockFindings.statement(st);
      if (lines.isEmpty()) {
        continue;
      }
      s.append(
          String.format(
              Locale.ROOT,
              "  %10s  %s%n",
              Findings.ms(st.statement().durationMs()),
              Findings.oneLine(st.statement().sql(), 100)));
      for (String line : lines) {
        s.append("              ")
            .append(line.startsWith("advice:") ? paint(GREEN, line) : line)
            .append('\n');
      }
    }
    LockFindings.relations(r).forEach(line -> s.append("  ").append(line).append('\n'));
    r.notes().forEach(note -> s.append("  ").append(paint(YELLOW, "note: " + note)).append('\n'));
    List<String> proof = LockFindings.rewriteProof(r);
    for (int i = 0; i < proof.size(); i++) {
      s.append(i == 0 ? "  " : "    ")
          .append(i == 0 && provenSafe(r) ? paint(GREEN, proof.get(i)) : proof.get(i))
          .append('\n');
    }
    return s.toString();
  }

  private static boolean provenSafe(RehearsalSummary r) {
    return r.rewriteProof().rehearsal() != null && !r.rewriteProof().rehearsal().lockRisk();
  }

  private String migration(MigrationSummary m) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "Migration: %s -> exit %d in %s%n",
            m.command(),
            m.exitCode(),
            Findings.ms(m.durationMs())));
    for (MigrationSummary.Statement st : m.statements()) {
      s.append(
          String.format(
              Locale.ROOT,
              "  %10s  %s%n",
              Findings.ms(st.durationMs()),
              Findings.oneLine(st.sql(), 100)));
      if (!st.sqlstate().isEmpty()) {
        s.append("              ").append(paint(RED, st.failure())).append('\n');
      }
      if (!st.lockWarning().isEmpty()) {
        s.append("              ").append(paint(YELLOW, "lock: " + st.lockWarning())).append('\n');
      }
    }
    return s.toString();
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
