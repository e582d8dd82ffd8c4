package io.scry.coordinator.report;

import io.scry.coordinator.compare.Comparison;
import io.scry.coordinator.compare.PatternComparison;
import io.scry.coordinator.compare.PatternStatus;
import io.scry.coordinator.compare.PercentileComparison;
import io.scry.coordinator.explain.PlanChange;
import io.scry.protocol.gate.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** A summary fit for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}. */
public final class MarkdownReport {

  public String render(VerdictReport report) {
    Comparison c = report.comparison();
    StringBuilder md = new StringBuilder();
    md.append("## Scry migration check: ")
        .append(report.verdict() == Verdict.SAFE ? "✅ SAFE" : "❌ REGRESSION")
        .append("\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%d query patterns replayed (%d statements per round, %d rounds, %s mode): **%d regressed**, %d inconclusive, %d passed.%n%n",
            c.patterns().size(),
            report.run().statementsPerRound(),
            report.run().rounds(),
            report.run().mode().label(),
            c.regressed().size(),
            c.inconclusive().size(),
            c.withStatus(PatternStatus.PASSED).size()));
    md.append(TerminalReport.noise(c.calibration())).append(".\n\n");
    if (report.rehearsal() != null) {
      rehearsal(md, report.rehearsal());
    }

    if (!c.regressed().isEmpty()) {
      md.append("| Pattern | Count | p50 | p95 | p99 | Problem |\n|---|---:|---:|---:|---:|---|\n");
      for (PatternComparison p : c.regressed()) {
        md.append("| `")
            .append(cell(Findings.oneLine(p.query().normalizedSql(), 80)))
            .append("` | ")
            .append(p.count())
            .append(" | ")
            .append(percentileCell(p, 0))
            .append(" | ")
            .append(percentileCell(p, 1))
            .append(" | ")
            .append(percentileCell(p, 2))
            .append(" | ")
            .append(cell(Findings.headline(p)))
            .append(" |\n");
      }
      md.append('\n');
      for (PatternComparison p : c.regressed()) {
        md.append("#### `")
            .append(cell(Findings.oneLine(p.query().normalizedSql(), 100)))
            .append("`\n\n");
        PlanChange plan = report.planChange(p.fingerprint());
        for (String line : Findings.problems(p, null)) {
          md.append("- ").append(escape(line)).append('\n');
        }
        LikelyCause.of(p, plan, report.migration())
            .ifPresent(
                cause ->
                    md.append("- **Likely cause:** ")
                        .append(
                            escape(LikelyCause.describe(cause, report.migration().statements())))
                        .append('\n'));
        if (plan != null) {
          md.append("- **Plan:** ").append(escape(plan.summary())).append('\n');
          if (!plan.suggestion().isEmpty()) {
            md.append("\n**Suggested fix:**\n\n```sql\n")
                .append(plan.suggestion())
                .append("\n```\n");
          }
        }
        md.append('\n');
      }
    }
    List<String> advice = AdviceFindings.lines(report.adviceProof());
    if (!advice.isEmpty()) {
      md.append("**").append(escape(advice.get(0))).append("**\n\n");
      advice.stream().skip(1).forEach(line -> md.append("- ").append(escape(line)).append('\n'));
      md.append('\n');
    }
    collapsed(
        md,
        c.inconclusive(),
        " inconclusive pattern(s)",
        p -> Findings.inconclusive(p, c.thresholds().minQueryCount()));
    collapsed(
        md,
        c.withStatus(PatternStatus.PASSED).stream().filter(Verdicts::passedOverALimit).toList(),
        " pattern(s) slower than a limit that passed, and why",
        p -> Verdicts.why(p, c.thresholds()));
    if (report.migration() != null) {
      MigrationSummary m = report.migration();
      md.append("<details><summary>Migration: <code>")
          .append(html(Findings.oneLine(m.command(), 80)))
          .append("</code> exit ")
          .append(m.exitCode())
          .append(", ")
          .append(Findings.ms(m.durationMs()))
          .append("</summary>\n\n");
      if (!m.statements().isEmpty()) {
        md.append("| Duration | Statement | Note |\n|---:|---|---|\n");
        for (MigrationSummary.Statement s : m.statements()) {
          md.append("| ")
              .append(Findings.ms(s.durationMs()))
              .append(" | `")
              .append(cell(Findings.oneLine(s.sql(), 100)))
              .append("` | ")
              .append(cell(s.note()))
              .append(" |\n");
        }
      }
      md.append("\n</details>\n");
    }
    return md.toString();
  }

  private static void rehearsal(StringBuilder md, RehearsalSummary r) {
    md.append(r.lockRisk() ? "### ❌ LOCK RISK\n\n" : "### ✅ No lock risk\n\n");
    for (LockRisk risk : r.risks()) {
      md.append("- **LOCK RISK** ").append(escape(risk.message())).append('\n');
    }
    md.append("- ").append(escape(LockFindings.headline(r))).append('\n');
    r.analysis()
        .blockedPatterns()
        .forEach(p -> md.append("- blocked ").append(escape(LockFindings.blocked(p))).append('\n'));
    List<String> window = LockFindings.windowLatency(r);
    for (int i = 0; i < window.size(); i++) {
      md.append(i == 0 ? "- " : "  - ").append(escape(window.get(i))).append('\n');
    }
    LockFindings.relations(r).forEach(line -> md.append("- ").append(escape(line)).append('\n'));
    r.notes().forEach(n -> md.append("- note: ").append(escape(n)).append('\n'));
    List<String> proof = LockFindings.rewriteProof(r);
    for (int i = 0; i < proof.size(); i++) {
      md.append(i == 0 ? "- **" : "  - ")
          .append(escape(proof.get(i)))
          .append(i == 0 ? "**\n" : "\n");
    }
    md.append('\n');
    for (RehearsedStatement st : r.statements()) {
      List<String> lines = LockFindings.statement(st);
      if (lines.isEmpty()) {
        continue;
      }
      md.append("`")
          .append(cell(Findings.oneLine(st.statement().sql(), 120)))
          .append("` (")
          .append(Findings.ms(st.statement().durationMs()))
          .append(")\n\n");
      lines.forEach(line -> md.append("- ").append(escape(line)).append('\n'));
      md.append('\n');
    }
  }

  /**
   * A collapsed list of patterns that did not fail the check (the inconclusive ones, the passed
   * ones slower than a limit), one line each saying why; nothing when there are none. {@code
   * summary} follows the count.
   */
  private static void collapsed(
      StringBuilder md,
      List<PatternComparison> patterns,
      String summary,
      Function<PatternComparison, String> why) {
    if (patterns.isEmpty()) {
      return;
    }
    md.append("<details><summary>")
        .append(patterns.size())
        .append(summary)
        .append("</summary>\n\n");
    patterns.forEach(
        p ->
            md.append("- `")
                .append(cell(Findings.oneLine(p.query().normalizedSql(), 100)))
                .append("`: ")
                .append(cell(why.apply(p)))
                .append("\n"));
    md.append("\n</details>\n\n");
  }

  private static String percentileCell(PatternComparison p, int index) {
    if (p.latency().percentiles().size() <= index) {
      return "-";
    }
    PercentileComparison l = p.latency().percentiles().get(index);
    String text =
        Findings.ms(l.baselineMs())
            + " → "
            + Findings.ms(l.candidateMs())
            + " ("
            + Findings.ratio(l.ratio())
            + ")";
    return l.regressed() ? "**" + text + "**" : text;
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("`", "'");
  }

  private static String escape(String s) {
    return s.replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
