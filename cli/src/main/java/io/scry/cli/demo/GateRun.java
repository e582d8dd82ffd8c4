package io.scry.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scry.cli.ScryCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

/**
 * One run of the CI gate, {@code scry-cluster ci test-migration}, in this process and through its
 * command line: the demo takes exactly the code path a CI job takes by default, with the replays in
 * the gate's process, the path that also rehearses the migration under the replayed traffic.
 *
 * @param exitCode the gate's exit code
 * @param terminal the terminal report it printed (without its log)
 * @param errors what it printed on its error stream
 * @param report the JSON report, when it wrote one
 */
record GateRun(int exitCode, String terminal, String errors, Optional<JsonNode> report) {

  /** {@code -Dscry.demo.trace=true}: the gate's own log goes to standard error (timing work). */
  static final String TRACE_PROPERTY = "scry.demo.trace";

  static GateRun run(List<String> gateOptions, List<String> migrationCommand, Path reportDir)
      throws IOException {
    List<String> args = new ArrayList<>(List.of("ci", "test-migration"));
    args.addAll(gateOptions);
    args.addAll(
        List.of("--format", "terminal,json,markdown,html", "--report-dir", reportDir.toString()));
    args.add("--");
    args.addAll(migrationCommand);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine gate = new CommandLine(new ScryCli());
    gate.setOut(new PrintWriter(Boolean.getBoolean(TRACE_PROPERTY) ? tee(out) : out, true));
    gate.setErr(new PrintWriter(err, true));
    int exit = gate.execute(args.toArray(String[]::new));
    Path json = reportDir.resolve("scry-report.json");
    Optional<JsonNode> report =
        Files.isRegularFile(json)
            ? Optional.of(new ObjectMapper().readTree(json.toFile()))
            : Optional.empty();
    return new GateRun(exit, terminalReport(out.toString()), err.toString(), report);
  }

  /** Writes to {@code copy} and, as it comes, to standard error. */
  private static Writer tee(StringWriter copy) {
    PrintWriter live = new PrintWriter(System.err, true);
    return new Writer() {
      @Override
      public void write(char[] text, int offset, int length) {
        copy.write(text, offset, length);
        live.write(text, offset, length);
      }

      @Override
      public void flush() {
        live.flush();
      }

      @Override
      public void close() {
        live.flush();
      }
    };
  }

  /**
   * The terminal report out of the gate's standard output, which holds its log too: from the
   * verdict line (which a TTY paints, hence no anchor at the line's start) to the lines that say
   * where the report files went.
   */
  static String terminalReport(String stdout) {
    int verdict = stdout.indexOf("Scry verdict: ");
    if (verdict < 0) {
      return "";
    }
    int start = stdout.lastIndexOf('\n', verdict) + 1;
    int end = stdout.indexOf("\nscry: wrote ", start);
    return end < 0 ? stdout.substring(start) : stdout.substring(start, end + 1);
  }

  String verdict() {
    return report.map(r -> r.path("verdict").asText("")).orElse("");
  }

  /** What the rehearsal under traffic found; empty when the gate did not rehearse. */
  Optional<RehearsalReport> rehearsal() {
    return report
        .map(r -> r.path("rehearsal"))
        .filter(JsonNode::isObject)
        .map(RehearsalReport::new);
  }

  /** The reported patterns whose normalized SQL contains {@code sqlPart} (case-insensitive). */
  List<JsonNode> patterns(String sqlPart) {
    List<JsonNode> found = new ArrayList<>();
    String part = sqlPart.toLowerCase(Locale.ROOT);
    report.ifPresent(
        r ->
            r.path("patterns")
                .forEach(
                    p -> {
                      if (p.path("normalized_sql")
                          .asText()
                          .toLowerCase(Locale.ROOT)
                          .contains(part)) {
                        found.add(p);
                      }
                    }));
    return found;
  }
}
