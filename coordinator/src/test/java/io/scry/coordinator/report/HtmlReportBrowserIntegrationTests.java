package io.scry.coordinator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report opened in a real headless Chromium, off line: every chart is drawn (an SVG with
 * both series' lines, or the rehearsal's bars), and no script failed. Chromium comes from the host
 * ({@code apt-get install chromium}, which {@code .ci/run} does); without it the test is skipped
 * and says so.
 */
class HtmlReportBrowserIntegrationTests {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Pattern CHART =
      Pattern.compile("<div class=\"chart\" id=\"scry-chart-(\\d+)\"");

  @Test
  void everyChartIsDrawnInABrowser(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": apt-get install chromium");
    VerdictReport regression = ReportRenderersUnitTests.regressionReport();
    VerdictReport report =
        new VerdictReport(
            regression.generatedAt(),
            regression.run(),
            regression.comparison(),
            regression.planChanges(),
            regression.migration(),
            RehearsalReportUnitTests.report(true).rehearsal());
    Path page = dir.resolve("scry-report.html");
    Files.writeString(page, new HtmlReport().render(report));

    String dom = dumpDom(page, dir.resolve("profile"));

    String body = bodyTag(dom);
    assertFalse(body.contains("data-chart-error"), "a script failed: " + body);
    assertTrue(body.contains("data-charts-drawn=\"4\""), "the rehearsal's chart and 3 patterns'");
    List<String> charts = chartElements(dom);
    assertEquals(4, charts.size());
    String timeline = charts.get(0);
    assertTrue(timeline.contains("<svg"), timeline);
    assertTrue(timeline.contains("blocked sessions per 100 ms"), "the axis is named");
    assertTrue(timeline.contains("fill=\"#c62828\""), "the blocked sessions' bar is drawn");
    assertTrue(timeline.contains("fill=\"#fff3e0\""), "the migration's window is shaded");
    for (String latency : charts.subList(1, charts.size())) {
      assertTrue(latency.contains("<svg"), latency);
      assertTrue(latency.contains(">baseline<") && latency.contains(">candidate<"), "the legend");
      assertTrue(latency.contains("stroke=\"#1565c0\""), "the baseline's line");
      assertTrue(latency.contains("stroke=\"#c62828\""), "the candidate's line");
      assertTrue(latency.contains(">p99.9<"), "the percentile axis");
    }
  }

  private static String dumpDom(Path page, Path profile) throws Exception {
    Process chromium =
        new ProcessBuilder(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1200,2000",
                "--virtual-time-budget=5000",
                "--dump-dom",
                page.toUri().toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "chromium did not exit");
    assertEquals(0, chromium.exitValue(), "chromium failed");
    return dom;
  }

  /** Each chart's element as the browser left it, up to the next chart. */
  private static List<String> chartElements(String dom) {
    Matcher m = CHART.matcher(dom);
    List<Integer> starts = new ArrayList<>();
    while (m.find()) {
      starts.add(m.start());
    }
    List<String> charts = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      charts.add(
          dom.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : dom.length()));
    }
    return charts;
  }

  private static String bodyTag(String dom) {
    int start = dom.indexOf("<body");
    return dom.substring(start, dom.indexOf('>', start) + 1);
  }
}
