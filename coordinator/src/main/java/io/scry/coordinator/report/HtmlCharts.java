package io.scry.coordinator.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The charts of one HTML report, drawn in the reader's browser by Apache ECharts (SVG renderer).
 * The library is inlined from its webjar, so the page still needs no other file and no network: CI
 * systems keep the report as one artifact. Each chart is a placeholder {@code div} and an ECharts
 * option; the options travel as one JSON block, so no data is ever spliced into script text. When
 * every chart is drawn the page's body gets {@code data-charts-drawn="N"}, and a script error gets
 * {@code data-chart-error}: what a headless browser checks.
 */
final class HtmlCharts {
  static final String LIBRARY_VERSION = webjarVersion();
  static final String LIBRARY =
      "META-INF/resources/webjars/echarts/" + LIBRARY_VERSION + "/dist/echarts.common.min.js";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Shows values in milliseconds, labels hovered points with a per-category note (the migration
   * statement active then), and marks the page once every chart is drawn.
   */
  private static final String DRAW =
      """
      (function () {
        function esc(s) {
          return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        }
        function ms(v) {
          return v == null ? '' : Number(v.toPrecision(3)) + ' ms';
        }
        var charts = JSON.parse(document.getElementById('scry-charts').textContent);
        charts.forEach(function (chart, i) {
          var option = chart.option;
          if (chart.unit === 'ms') {
            option.tooltip.valueFormatter = ms;
            option.yAxis.axisLabel = { formatter: ms };
          }
          if (chart.notes) {
            option.tooltip.formatter = function (points) {
              var p = points[0], note = chart.notes[p.dataIndex];
              return esc(p.axisValueLabel) + ': ' + p.value + ' ' + esc(chart.valueLabel)
                  + (note ? '<br>during ' + esc(note) : '');
            };
          }
          var drawn = echarts.init(document.getElementById('scry-chart-' + i), null, { renderer: 'svg' });
          drawn.setOption(option);
          window.addEventListener('resize', function () { drawn.resize(); });
        });
        document.body.setAttribute('data-charts-drawn', String(charts.length));
      })();
      """;

  private static final String ON_ERROR =
      "window.addEventListener('error',function(e){document.body.setAttribute("
          + "'data-chart-error',String(e.message));});";

  private final ArrayNode charts = JSON.createArrayNode();

  /** A new, empty ECharts option for {@link #place}. */
  static ObjectNode option() {
    return JSON.createObjectNode().put("animation", false);
  }

  /**
   * The placeholder for a chart whose values are milliseconds (tooltips and the value axis say so).
   */
  String placeMillis(ObjectNode option, String label, int heightPx) {
    return place(JSON.createObjectNode().put("unit", "ms"), option, label, heightPx);
  }

  /**
   * The placeholder for a chart of counts whose tooltip adds, per category, a note (or nothing for
   * null).
   */
  String placeWithNotes(
      ObjectNode option, ArrayNode notes, String valueLabel, String label, int heightPx) {
    ObjectNode chart = JSON.createObjectNode().put("valueLabel", valueLabel);
    chart.set("notes", notes);
    return place(chart, option, label, heightPx);
  }

  static ArrayNode array() {
    return JSON.createArrayNode();
  }

  private String place(ObjectNode chart, ObjectNode option, String label, int heightPx) {
    int id = charts.size();
    chart.set("option", option);
    charts.add(chart);
    return "<div class=\"chart\" id=\"scry-chart-"
        + id
        + "\" style=\"height:"
        + heightPx
        + "px\" role=\"img\" aria-label=\""
        + HtmlReport.esc(label)
        + "\"></div>\n";
  }

  /** The library and the script drawing every placed chart; nothing when no chart was placed. */
  String scripts() {
    if (charts.isEmpty()) {
      return "";
    }
    // '<' never occurs outside a JSON string, and "\u003c" inside one means the same: no text can
    // close the script element early.
    String data = charts.toString().replace("<", "\\u003c");
    return "<script>"
        + ON_ERROR
        + "</script>\n<script>"
        + library()
        + "</script>\n<script type=\"application/json\" id=\"scry-charts\">"
        + data
        + "</script>\n<script>"
        + DRAW
        + "</script>\n";
  }

  private static String library() {
    try (InputStream in = HtmlCharts.class.getClassLoader().getResourceAsStream(LIBRARY)) {
      if (in == null) {
        throw new IllegalStateException(LIBRARY + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String webjarVersion() {
    Properties pom = new Properties();
    try (InputStream in =
        HtmlCharts.class
            .getClassLoader()
            .getResourceAsStream("META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the ECharts webjar is missing from the class path");
      }
      pom.load(in);
      return pom.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
