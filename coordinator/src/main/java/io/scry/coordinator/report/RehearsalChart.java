package io.scry.coordinator.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scry.coordinator.rehearsal.MigrationWindow;
import io.scry.coordinator.rehearsal.TimelineBucket;
import java.util.List;
import java.util.Locale;

/**
 * The rehearsal's timeline: one bar per time slot, as tall as the traffic sessions the slot saw
 * waiting on the migration, over a shaded area marking when the migration ran; hovering a bar names
 * the migration statement active then.
 */
final class RehearsalChart {
  private RehearsalChart() {}

  /** The chart's placeholder, or nothing when the rehearsal sampled no time slot. */
  static String place(HtmlCharts charts, List<TimelineBucket> buckets, MigrationWindow migration) {
    if (buckets.isEmpty()) {
      return "";
    }
    long start = buckets.get(0).startMillis();
    long slot = buckets.size() > 1 ? Math.max(1, buckets.get(1).startMillis() - start) : 100;
    ObjectNode option = HtmlCharts.option();
    option.putObject("tooltip").put("trigger", "axis");
    option.putObject("grid").put("left", 56).put("right", 16).put("top", 16).put("bottom", 44);
    ObjectNode xAxis =
        option
            .putObject("xAxis")
            .put("type", "category")
            .put("name", "seconds into the rehearsal (shaded: the migration ran)")
            .put("nameLocation", "middle")
            .put("nameGap", 28);
    ArrayNode times = xAxis.putArray("data");
    option
        .putObject("yAxis")
        .put("type", "value")
        .put("minInterval", 1)
        .put("name", "blocked sessions per " + slot + " ms")
        .put("nameLocation", "middle")
        .put("nameGap", 36);
    ObjectNode bars =
        option
            .withArray("series")
            .addObject()
            .put("name", "blocked sessions")
            .put("type", "bar")
            .put("color", LatencyChart.CANDIDATE_COLOUR)
            .put("barCategoryGap", "10%");
    ArrayNode counts = bars.putArray("data");
    ArrayNode notes = HtmlCharts.array();
    for (TimelineBucket b : buckets) {
      times.add(seconds(b.startMillis() - start, slot));
      counts.add(blocked(b));
      notes.add(
          b.migrationStatement() == null ? null : Findings.oneLine(b.migrationStatement(), 120));
    }
    if (migration != null) {
      int first = index(migration.startMillis(), start, slot, buckets.size());
      int last = index(migration.endMillis(), start, slot, buckets.size());
      ArrayNode area = bars.putObject("markArea").put("silent", true).putArray("data").addArray();
      // by category index: labels of slots shorter than their precision could repeat
      area.addObject().put("name", "migration").put("xAxis", first);
      area.addObject().put("xAxis", last);
      ((ObjectNode) bars.get("markArea")).putObject("itemStyle").put("color", "#fff3e0");
    }
    return charts.placeWithNotes(
        option, notes, "blocked", "traffic sessions blocked by the migration over time", 220);
  }

  private static int blocked(TimelineBucket b) {
    return b.blockedBackends().values().stream().mapToInt(Integer::intValue).sum();
  }

  private static int index(long millis, long start, long slot, int buckets) {
    return (int) Math.max(0, Math.min(buckets - 1, (millis - start) / slot));
  }

  private static String seconds(long millis, long slot) {
    return String.format(Locale.ROOT, slot >= 100 ? "%.1f" : "%.2f", millis / 1000.0);
  }
}
