package io.scry.cli.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scry.cli.CliRun;
import io.scry.cli.ScryCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * A gate that reaches no verdict still writes its report files, carrying the error, so that the CI
 * summary and test tab built from them say why the job failed.
 */
class ToolErrorReportsUnitTests {
  private static final String UNREACHABLE = "postgres://postgres:secret@127.0.0.1:1/shadow";

  @TempDir Path dir;

  @Test
  void theMarkdownJunitAndJsonReportsCarryTheError() throws Exception {
    Path reports = dir.resolve("reports");

    CliRun run = gateOnUnreachableShadow(dir.resolve("nope"), reports);

    assertEquals(ScryCli.EXIT_TOOL_ERROR, run.exit(), run.output());
    String reason =
        "the capture " + dir.resolve("nope") + " (CAPTURE, the first argument) does not exist";
    String remedy =
        "pass the directory the capturing proxy wrote (its --capture-dir), or a capture name with"
            + " --coordinator";
    assertEquals(
        "## Scry verdict: ERROR (exit 1)\n\nThe gate reached no verdict: **"
            + reason
            + "**\n\nWhat to do: "
            + remedy
            + "\n",
        Files.readString(reports.resolve("scry-report.md")));
    Element error =
        (Element)
            DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(reports.resolve("scry-report.xml").toFile())
                .getElementsByTagName("error")
                .item(0);
    assertEquals("TOOL_ERROR", error.getAttribute("type"));
    assertEquals(reason, error.getAttribute("message"));
    JsonNode json = new ObjectMapper().readTree(reports.resolve("scry-report.json").toFile());
    assertEquals("ERROR", json.get("verdict").asText());
    assertEquals(1, json.get("exit_code").asInt());
    assertEquals(reason, json.at("/error/reason").asText());
    assertTrue(Files.readString(reports.resolve("scry-report.html")).contains(reason));
    assertTrue(
        run.stdout().contains("scry: wrote " + reports.resolve("scry-report.md") + "\n"),
        run.output());
  }

  @Test
  void aBadSettingStillReportsIntoTheDirectoryNamed() throws Exception {
    Path reports = dir.resolve("reports");

    CliRun run = gateOnUnreachableShadow(dir, reports, "--rounds", "0");

    assertEquals(ScryCli.EXIT_TOOL_ERROR, run.exit(), run.output());
    assertTrue(
        Files.readString(reports.resolve("scry-report.md"))
            .contains(
                "**ci.rounds (from --rounds): expected a whole number between 1 and 50, got '0'**"),
        run.output());
  }

  /**
   * The gate on {@code capture} against a shadow nobody listens on, its reports written into {@code
   * reports}: it can only fail, which is what these tests report on.
   */
  private static CliRun gateOnUnreachableShadow(Path capture, Path reports, String... settings) {
    List<String> args =
        new ArrayList<>(
            List.of("ci", "test-migration", capture.toString(), "--shadow", UNREACHABLE));
    args.addAll(List.of(settings));
    args.addAll(List.of("--report-dir", reports.toString(), "--", "true"));
    return CliRun.of(args.toArray(String[]::new));
  }
}
