package io.scry.coordinator.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads back the chart data block of an HTML report. */
final class HtmlChartsData {
  private HtmlChartsData() {}

  static JsonNode of(String html) throws Exception {
    String open = "<script type=\"application/json\" id=\"scry-charts\">";
    int start = html.indexOf(open) + open.length();
    return new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start)));
  }
}
