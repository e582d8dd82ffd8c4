package io.scry.coordinator.report;

import io.scry.coordinator.rehearsal.MigrationWindow;
import io.scry.coordinator.rehearsal.TimelineBucket;
import java.util.List;
import java.util.Locale;

/**
 * The rehearsal's timeline as inline SVG, the way the HTML report draws its latency plots (no
 * scripts): one bar per time slot, as tall as the traffic sessions the slot saw waiting on the
 * migration, over a band marking when the migration ran; each bar's tooltip names the migration
 * statement active then.
 */
final class RehearsalChart {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 200;
  private static final int LEFT = 48;
  private static final int BOTTOM = 32;
  private static final int TOP = 12;
  private static final int RIGHT = 12;

  private RehearsalChart() {}

  static String svg(List<TimelineBucket> buckets, MigrationWindow migration) {
    if (buckets.isEmpty()) {
      return "";
    }
    long start = buckets.get(0).startMillis();
    long slot = buckets.size() > 1 ? Math.max(1, buckets.get(1).startMillis() - start) : 100; // ms
    long end = buckets.get(buckets.size() - 1).startMillis() + slot;
    int max = buckets.stream().mapToInt(RehearsalChart::blocked).max().orElse(0);
    int top = Math.max(1, max);
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\""
                + " aria-label=\"traffic sessions blocked by the migration over time\">",
            WIDTH,
            HEIGHT));
    if (migration != null) {
      double x0 = x(migration.startMillis(), start, end, plotW);
      double x1 = x(migration.endMillis(), start, end, plotW);
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"#fff3e0\"><title>the"
                  + " migration ran</title></rect>",
              x0,
              TOP,
              Math.max(1, x1 - x0),
              plotH));
    }
    double barW = Math.max(1, plotW * slot / (double) (end - start) - 1);
    for (TimelineBucket b : buckets) {
      int n = blocked(b);
      if (n == 0) {
        continue;
      }
      double h = plotH * n / top;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#c62828\"><title>%s:"
                  + " %d blocked%s</title></rect>",
              x(b.startMillis(), start, end, plotW),
              TOP + plotH - h,
              barW,
              h,
              "+" + (b.startMillis() - start) + " ms",
              n,
              b.migrationStatement() == null
                  ? ""
                  : " during " + HtmlReport.esc(Findings.oneLine(b.migrationStatement(), 80))));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\"/>",
            LEFT,
            TOP + plotH,
            WIDTH - RIGHT,
            TOP + plotH));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%d</text>"
                + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">0</text>",
            LEFT - 4,
            TOP + 10,
            top,
            LEFT - 4,
            TOP + plotH));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"11\">0 s</text>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%.1f s</text>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">blocked traffic"
                + " sessions per %d ms (shaded: the migration)</text>",
            LEFT,
            HEIGHT - 12,
            WIDTH - RIGHT,
            HEIGHT - 12,
            (end - start) / 1000.0,
            WIDTH / 2,
            HEIGHT - 2,
            slot));
    return svg.append("</svg>\n").toString();
  }

  private static int blocked(TimelineBucket b) {
    return b.blockedBackends().values().stream().mapToInt(Integer::intValue).sum();
  }

  private static double x(long millis, long start, long end, double plotW) {
    double clamped = Math.max(start, Math.min(end, millis));
    return LEFT + plotW * (clamped - start) / (double) (end - start);
  }
}
