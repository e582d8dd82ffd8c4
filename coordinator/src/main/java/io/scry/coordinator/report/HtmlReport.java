package io.scry.coordinator.report;

import io.scry.coordinator.compare.Comparison;
import io.scry.coordinator.compare.PatternComparison;
import io.scry.coordinator.compare.PatternStatus;
import io.scry.coordinator.compare.PercentileComparison;
import io.scry.coordinator.explain.PlanChange;
import io.scry.protocol.gate.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A self-contained HTML report (one file, no network): verdict, regressed patterns with their
 * latency distribution (baseline vs candidate, log scale), plan change and fix, the rehearsal's
 * timeline, the other patterns with the distributions of those with the largest impact, and the
 * migration's statements. Charts are drawn by ECharts ({@link HtmlCharts}); every figure is also in
 * a table, so the page reads without scripts.
 */
public final class HtmlReport {
  /** Beyond this many patterns (by impact), only the table shows their latency. */
  static final int MAX_DISTRIBUTIONS = 20;

  public String render(VerdictReport report) {
    Comparison c = report.comparison();
    HtmlCharts charts = new HtmlCharts();
    boolean safe = report.verdict() == Verdict.SAFE;
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Scry report: ")
        .append(report.verdict())
        .append("</title><style>")
        .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1100px}")
        .append(
            "h1 .safe{color:#18794e}h1 .bad{color:#c62828}code,pre{background:#f4f4f4;padding:2px 4px}")
        .append("pre{padding:8px;white-space:pre-wrap}table{border-collapse:collapse;margin:1em 0}")
        .append("td,th{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}")
        .append(
            ".regressed{color:#c62828;font-weight:bold}.muted{color:#777}.fix{background:#e8f5e9}")
        .append("section{border-top:1px solid #ddd;margin-top:1.5em}")
        .append(".chart{width:100%;max-width:720px}")
        .append(
            ".distributions{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:1em}")
        .append(".distributions h3{font-size:0.9em;font-weight:normal;margin:0.5em 0}")
        .append("</style></head><body>\n");
    h.append("<h1>Scry migration check: <span class=\"")
        .append(safe ? "safe" : "bad")
        .append("\">")
        .append(report.verdict())
        .append("</span> <span class=\"muted\">(exit ")
        .append(report.verdict().exitCode())
        .append(")</span></h1>\n");
    RunInfo run = report.run();
    h.append("<p>")
        .append(c.patterns().size())
        .append(" patterns: <b>")
        .append(c.regressed().size())
        .append(" regressed</b>, ")
        .append(c.inconclusive().size())
        .append(" inconclusive, ")
        .append(c.withStatus(PatternStatus.PASSED).size())
        .append(" passed. Capture <code>")
        .append(esc(run.capture()))
        .append("</code>, ")
        .append(esc(run.mode().label()))
        .append(" mode, ")
        .append(run.rounds())
        .append(" rounds after a warm-up, ")
        .append(run.statementsPerRound())
        .append(" statements per round. Generated ")
        .append(esc(report.generatedAt().toString()))
        .append(".</p>\n<p class=\"muted\">")
        .append(esc(TerminalReport.noise(c.calibration())))
        .append("</p>\n");
    if (report.rehearsal() != null) {
      rehearsal(h, report.rehearsal(), charts);
    }

    for (PatternComparison p : c.regressed()) {
      h.append("<section><h2 class=\"regressed\">Regressed: <code>")
          .append(esc(Findings.oneLine(p.query().normalizedSql(), 200)))
          .append("</code></h2>\n<p class=\"muted\">fingerprint ")
          .append(p.fingerprintHex())
          .append(", ")
          .append(p.count())
          .append(" statements per round, impact ")
          .append(String.format(Locale.ROOT, "%+.0f", p.latency().impactMs()))
          .append(" ms per round</p>\n");
      latencyTable(h, p);
      h.append("<ul>");
      PlanChange plan = report.planChange(p.fingerprint());
      for (String line : Findings.problems(p, null)) {
        h.append("<li>").append(esc(line)).append("</li>");
      }
      if (plan != null) {
        h.append("<li><b>Plan:</b> ").append(esc(plan.summary())).append("</li>");
      }
      h.append("</ul>\n");
      if (plan != null && !plan.suggestion().isEmpty()) {
        h.append("<p><b>Suggested fix:</b></p><pre class=\"fix\">")
            .append(esc(plan.suggestion()))
            .append("</pre>\n");
      }
      if (!p.latency().curve().isEmpty()) {
        h.append(
            charts.placeMillis(
                LatencyChart.option(p.latency().curve()),
                "latency by percentile, baseline vs candidate",
                280));
      }
      h.append("<p class=\"muted\">Sample statement: <code>")
          .append(esc(Findings.oneLine(p.query().sampleSql(), 400)))
          .append("</code></p>");
      h.append("</section>\n");
    }
    List<String> advice = AdviceFindings.lines(report.adviceProof());
    if (!advice.isEmpty()) {
      h.append("<section><h2>Advice, proven</h2>\n<ul>");
      for (int i = 0; i < advice.size(); i++) {
        h.append(i == 0 ? "<li class=\"fix\"><strong>" : "<li>")
            .append(esc(advice.get(i)))
            .append(i == 0 ? "</strong></li>" : "</li>");
      }
      h.append("</ul></section>\n");
    }
    otherPatterns(h, c);
    distributions(h, c, charts);
    if (report.migration() != null) {
      migration(h, report.migration());
    }
    h.append(charts.scripts()).append("</body></html>\n");
    return h.toString();
  }

  private static void latencyTable(StringBuilder h, PatternComparison p) {
    if (p.latency().percentiles().isEmpty()) {
      return;
    }
    h.append(
        "<table><tr><th></th><th>baseline</th><th>candidate</th><th>ratio</th><th>95% interval</th><th>limit</th></tr>");
    for (PercentileComparison l : p.latency().percentiles()) {
      h.append("<tr")
          .append(l.regressed() ? " class=\"regressed\"" : "")
          .append("><td>")
          .append(l.percentile().label())
          .append("</td><td>")
          .append(Findings.ms(l.baselineMs()))
          .append("</td><td>")
          .append(Findings.ms(l.candidateMs()))
          .append("</td><td>")
          .append(Findings.ratio(l.ratio()))
          .append("</td><td>")
          .append(Findings.ratio(l.interval().low()))
          .append(" – ")
          .append(Findings.ratio(l.interval().high()))
          .append("</td><td>")
          .append(Findings.ratio(l.threshold()))
          .append("</td></tr>");
    }
    h.append("</table>\n");
  }

  private static void otherPatterns(StringBuilder h, Comparison c) {
    List<PatternComparison> others =
        c.patterns().stream().filter(p -> p.status() != PatternStatus.REGRESSED).toList();
    if (others.isEmpty()) {
      return;
    }
    h.append(
        "<section><h2>Other patterns</h2><table><tr><th>status</th><th>pattern</th><th>count</th><th>p50</th><th>p95</th><th>p99</th></tr>");
    for (PatternComparison p : others) {
      h.append("<tr><td>")
          .append(p.status())
          .append("</td><td><code>")
          .append(esc(Findings.oneLine(p.query().normalizedSql(), 120)))
          .append("</code></td><td>")
          .append(p.count())
          .append("</td>");
      for (int i = 0; i < 3; i++) {
        h.append("<td>");
        if (p.latency().percentiles().size() > i) {
          PercentileComparison l = p.latency().percentiles().get(i);
          h.append(Findings.ms(l.baselineMs()))
              .append(" → ")
              .append(Findings.ms(l.candidateMs()))
              .append(" (")
              .append(Findings.ratio(l.ratio()))
              .append(')');
        }
        h.append("</td>");
      }
      h.append("</tr>");
    }
    h.append("</table></section>\n");
  }

  /**
   * The latency distributions of the patterns that did not regress (those have theirs above), the
   * largest impact first.
   */
  private static void distributions(StringBuilder h, Comparison c, HtmlCharts charts) {
    List<PatternComparison> measured =
        c.patterns().stream()
            .filter(p -> p.status() != PatternStatus.REGRESSED && !p.latency().curve().isEmpty())
            .sorted(
                Comparator.comparingDouble(
                    (PatternComparison p) -> -Math.abs(p.latency().impactMs())))
            .toList();
    if (measured.isEmpty()) {
      return;
    }
    List<PatternComparison> drawn =
        measured.subList(0, Math.min(MAX_DISTRIBUTIONS, measured.size()));
    h.append("<section><h2>Latency distributions</h2><p class=\"muted\">Baseline vs candidate")
        .append(
            measured.size() > drawn.size()
                ? ", the " + drawn.size() + " of " + measured.size() + " with the largest impact"
                : "")
        .append(".</p><div class=\"distributions\">\n");
    for (PatternComparison p : drawn) {
      h.append("<div><h3>")
          .append(p.status())
          .append(" <code>")
          .append(esc(Findings.oneLine(p.query().normalizedSql(), 90)))
          .append("</code></h3>")
          .append(
              charts.placeMillis(
                  LatencyChart.option(p.latency().curve()),
                  "latency by percentile, baseline vs candidate",
                  220))
          .append("</div>\n");
    }
    h.append("</div></section>\n");
  }

  private static void rehearsal(StringBuilder h, RehearsalSummary r, HtmlCharts charts) {
    h.append("<section><h2")
        .append(r.lockRisk() ? " class=\"regressed\">LOCK RISK" : ">No lock risk")
        .append(": rehearsal under traffic</h2>\n<ul>");
    for (LockRisk risk : r.risks()) {
      h.append("<li class=\"regressed\">LOCK RISK ").append(esc(risk.message())).append("</li>");
    }
    h.append("<li>").append(esc(LockFindings.headline(r))).append("</li>");
    r.analysis()
        .blockedPatterns()
        .forEach(
            p -> h.append("<li>blocked ").append(esc(LockFindings.blocked(p))).append("</li>"));
    List<String> window = LockFindings.windowLatency(r);
    if (!window.isEmpty()) {
      h.append("<li>").append(esc(window.get(0))).append("<ul>");
      window.stream().skip(1).forEach(line -> h.append("<li>").append(esc(line)).append("</li>"));
      h.append("</ul></li>");
    }
    LockFindings.relations(r).forEach(line -> h.append("<li>").append(esc(line)).append("</li>"));
    r.notes().forEach(n -> h.append("<li class=\"muted\">note: ").append(esc(n)).append("</li>"));
    List<String> proof = LockFindings.rewriteProof(r);
    for (int i = 0; i < proof.size(); i++) {
      h.append(i == 0 ? "<li class=\"fix\"><strong>" : "<li class=\"fix\">")
          .append(esc(proof.get(i)))
          .append(i == 0 ? "</strong></li>" : "</li>");
    }
    h.append("</ul>\n")
        .append(RehearsalChart.place(charts, r.analysis().timeline(), r.analysis().migration()));
    h.append("<table><tr><th>duration</th><th>statement</th><th>locks, waits and advice</th></tr>");
    for (RehearsedStatement st : r.statements()) {
      h.append("<tr><td>")
          .append(Findings.ms(st.statement().durationMs()))
          .append("</td><td><code>")
          .append(esc(Findings.oneLine(st.statement().sql(), 300)))
          .append("</code></td><td>");
      for (String line : LockFindings.statement(st)) {
        h.append(line.startsWith("advice:") ? "<div class=\"fix\">" : "<div>")
            .append(esc(line))
            .append("</div>");
      }
      h.append("</td></tr>");
    }
    h.append("</table></section>\n");
  }

  private static void migration(StringBuilder h, MigrationSummary m) {
    h.append("<section><h2>Migration</h2><p><code>")
        .append(esc(m.command()))
        .append("</code> exited ")
        .append(m.exitCode())
        .append(" after ")
        .append(Findings.ms(m.durationMs()))
        .append(".</p>");
    if (!m.statements().isEmpty()) {
      h.append("<table><tr><th>duration</th><th>statement</th><th>note</th></tr>");
      for (MigrationSummary.Statement s : m.statements()) {
        h.append("<tr><td>")
            .append(Findings.ms(s.durationMs()))
            .append("</td><td><code>")
            .append(esc(Findings.oneLine(s.sql(), 300)))
            .append("</code></td><td>")
            .append(esc(s.note()))
            .append("</td></tr>");
      }
      h.append("</table>");
    }
    if (!m.stdout().isBlank()) {
      h.append("<p>stdout</p><pre>").append(esc(m.stdout())).append("</pre>");
    }
    if (!m.stderr().isBlank()) {
      h.append("<p>stderr</p><pre>").append(esc(m.stderr())).append("</pre>");
    }
    h.append("</section>\n");
  }

  static String esc(String s) {
    return s == null
        ? ""
        : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
