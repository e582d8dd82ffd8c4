package io.scry.coordinator.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The report files of a gate that reached no verdict (exit 1), carrying the error instead of the
 * verdict: a CI job that publishes the Markdown summary and the JUnit results shows why the gate
 * failed rather than nothing at all.
 *
 * @param reason what went wrong, one line
 * @param remedy what to do about it, one line
 * @param details further evidence, possibly empty
 */
public record ToolErrorReport(Instant at, String reason, String remedy, String details) {

  /** The verdict the JSON report names for a tool error. */
  public static final String VERDICT = "ERROR";

  /** Writes the file formats among {@code formats} and returns the files written. */
  public List<Path> write(List<ReportFormat> formats, Path directory) throws IOException {
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : formats) {
      if (format == ReportFormat.TERMINAL) {
        continue; // the command's own error lines are its terminal report
      }
      Files.createDirectories(directory);
      Path file = directory.resolve(format.fileName());
      Files.writeString(file, render(format), StandardCharsets.UTF_8);
      written.add(file);
    }
    return written;
  }

  String render(ReportFormat format) {
    return switch (format) {
      case MARKDOWN -> markdown();
      case JUNIT -> junit();
      case JSON -> json();
      case HTML -> html();
      case TERMINAL -> "error: " + reason + "\n";
    };
  }

  private String markdown() {
    StringBuilder md =
        new StringBuilder("## Scry verdict: ERROR (exit 1)\n\n")
            .append("The gate reached no verdict: **")
            .append(reason)
            .append("**\n\nWhat to do: ")
            .append(remedy)
            .append('\n');
    if (!details.isBlank()) {
      md.append("\n<details><summary>Details</summary>\n\n```\n")
          .append(details.strip().replace("```", "'''"))
          .append("\n```\n\n</details>\n");
    }
    return md.toString();
  }

  private String junit() {
    Document doc;
    try {
      doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    Element suites = doc.createElement("testsuites");
    suites.setAttribute("name", "scry-cluster");
    suites.setAttribute("tests", "1");
    suites.setAttribute("errors", "1");
    doc.appendChild(suites);
    Element suite = doc.createElement("testsuite");
    suite.setAttribute("name", "scry migration verdict");
    suite.setAttribute("tests", "1");
    suite.setAttribute("failures", "0");
    suite.setAttribute("errors", "1");
    suite.setAttribute("timestamp", at.toString());
    suites.appendChild(suite);
    Element test = doc.createElement("testcase");
    test.setAttribute("classname", "scry");
    test.setAttribute("name", "scry.gate");
    Element error = doc.createElement("error");
    error.setAttribute("type", "TOOL_ERROR");
    error.setAttribute("message", JunitReport.xmlSafe(reason));
    error.setTextContent(
        JunitReport.xmlSafe(reason + "\n" + (details.isBlank() ? "" : details.strip() + "\n"))
            + "What to do: "
            + JunitReport.xmlSafe(remedy));
    test.appendChild(error);
    suite.appendChild(test);
    return JunitReport.serialize(doc);
  }

  private String json() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("schema_version", JsonReport.SCHEMA_VERSION);
    root.put("generated_at", at.toString());
    root.put("verdict", VERDICT);
    root.put("exit_code", 1);
    ObjectNode error = root.putObject("error");
    error.put("reason", reason);
    error.put("remedy", remedy);
    error.put("details", details);
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the JSON report", e);
    }
  }

  private String html() {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Scry verdict: ERROR</title>"
        + "</head><body>\n<h1>Scry verdict: ERROR (exit 1)</h1>\n<p>The gate reached no verdict: <b>"
        + HtmlReport.esc(reason)
        + "</b></p>\n<p>What to do: "
        + HtmlReport.esc(remedy)
        + "</p>\n"
        + (details.isBlank() ? "" : "<pre>" + HtmlReport.esc(details.strip()) + "</pre>\n")
        + "</body></html>\n";
  }
}
