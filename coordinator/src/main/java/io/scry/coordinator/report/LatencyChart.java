package io.scry.coordinator.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scry.coordinator.compare.CurvePoint;
import java.util.List;

/**
 * A pattern's latency distribution, baseline against candidate: latency at each percentile of
 * {@link CurvePoint#PERCENTILES}, on a log scale so that a 0.2 ms median and a 40 ms tail fit one
 * chart.
 */
final class LatencyChart {
  static final String BASELINE_COLOUR = "#1565c0";
  static final String CANDIDATE_COLOUR = "#c62828";

  /** A log axis cannot show 0; faster than a microsecond is drawn at one. */
  private static final double FLOOR_MS = 0.001;

  private LatencyChart() {}

  static ObjectNode option(List<CurvePoint> curve) {
    ObjectNode option = HtmlCharts.option();
    option.putObject("legend").put("top", 0);
    option.putObject("tooltip").put("trigger", "axis");
    option.putObject("grid").put("left", 72).put("right", 16).put("top", 32).put("bottom", 44);
    ArrayNode percentiles = option.putObject("xAxis").put("type", "category").putArray("data");
    ((ObjectNode) option.get("xAxis"))
        .put("name", "percentile")
        .put("nameLocation", "middle")
        .put("nameGap", 28)
        .put("boundaryGap", false);
    option
        .putObject("yAxis")
        .put("type", "log")
        .put("logBase", 10)
        .put("name", "latency (log scale)")
        .put("nameLocation", "middle")
        .put("nameGap", 60);
    ArrayNode baseline = series(option, "baseline", BASELINE_COLOUR);
    ArrayNode candidate = series(option, "candidate", CANDIDATE_COLOUR);
    for (CurvePoint point : curve) {
      percentiles.add("p" + label(point.percentile()));
      baseline.add(drawn(point.baselineMs()));
      candidate.add(drawn(point.candidateMs()));
    }
    return option;
  }

  private static ArrayNode series(ObjectNode option, String name, String colour) {
    ObjectNode series =
        option.withArray("series").addObject().put("name", name).put("type", "line");
    series.put("color", colour).put("symbolSize", 6);
    return series.putArray("data");
  }

  /** Four significant digits are more than a chart shows, and keep the page small. */
  private static double drawn(double ms) {
    double value = Math.max(ms, FLOOR_MS);
    double scale = Math.pow(10, 3 - Math.floor(Math.log10(value)));
    return Math.round(value * scale) / scale;
  }

  static String label(double percentile) {
    return percentile == Math.rint(percentile)
        ? Long.toString((long) percentile)
        : Double.toString(percentile);
  }
}
