package io.scry.cli.capture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.scry.cli.ScryCli;
import io.scry.cli.failure.UserFailure;
import io.scry.protocol.segment.CaptureCompleteness;
import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.segment.CaptureSummary;
import io.scry.protocol.segment.SegmentDamage;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.GapReason;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster capture inspect DIR}: what a capture directory holds and whether any of it is
 * damaged. Exit 0 when the directory could be read (damage is reported, not fatal), 1 when it
 * cannot.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description =
        "Summarize a capture directory: events, statements, sessions, time span, errors, "
            + "completeness (statements the proxy could not capture, per session), events per "
            + "proxy, the most frequent query patterns and any damaged segment files.")
public final class CaptureInspectCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Directory tree of capture segment files.")
  Path dir;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many query patterns to list (default: ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() throws IOException {
    if (top < 0) {
      throw new ParameterException(spec.commandLine(), "--top must not be negative: " + top);
    }
    if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
      throw new UserFailure(
          "capture directory "
              + dir
              + (Files.exists(dir) ? " is not a readable directory" : " does not exist"),
          "pass the directory the capturing proxy wrote (its --capture-dir)");
    }
    CaptureSummary summary;
    PatternCounts patterns = new PatternCounts();
    try (CaptureDirectory capture = CaptureDirectory.open(dir)) {
      CaptureSummary.Accumulator accumulator = new CaptureSummary.Accumulator();
      for (CaptureEvent event; (event = capture.next()) != null; ) {
        accumulator.accept(event);
        patterns.accept(event);
      }
      summary = accumulator.finish(capture.files().size(), capture.damages());
    } catch (IOException e) {
      throw new UserFailure(
          "cannot read capture directory " + dir + ": " + e.getMessage(),
          "check the directory's permissions; 'capture inspect' reports damaged segments itself",
          "",
          e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(toJson(summary, patterns)));
    } else {
      printText(out, summary, patterns);
    }
    out.flush();
    return ScryCli.EXIT_OK;
  }

  private void printText(PrintWriter out, CaptureSummary summary, PatternCounts patterns) {
    out.printf("Capture %s%n", dir);
    out.printf("  segment files  %,d%n", summary.files());
    out.printf("  events         %,d%n", summary.events());
    out.printf("  statements     %,d%n", summary.statements());
    out.printf("  sessions       %,d%n", summary.sessions());
    out.printf("  errors         %,d%s%n", summary.errors(), sqlstates(summary));
    out.printf("  completeness   %s%n", completeness(summary.completeness()));
    if (summary.events() > 0) {
      out.printf(
          "  time span      %s .. %s (%s)%n",
          instant(summary.firstStartUnixNanos()),
          instant(summary.lastEndUnixNanos()),
          human(summary.span()));
    }
    out.println();
    printIncompleteSessions(out, summary.completeness());
    out.println("Events per proxy");
    summary.eventsPerProxy().forEach((proxy, count) -> out.printf("  %-24s %,12d%n", proxy, count));
    out.println();
    List<PatternCounts.Pattern> shown = patterns.top(top);
    out.printf("Top query patterns (%d of %d)%n", shown.size(), patterns.distinct());
    out.printf("  %12s %8s  %-16s  %s%n", "count", "errors", "fingerprint", "pattern");
    for (PatternCounts.Pattern pattern : shown) {
      out.printf(
          "  %,12d %,8d  %-16s  %s%n",
          pattern.count(),
          pattern.errors(),
          pattern.fingerprint().hexId(),
          pattern.fingerprint().normalized());
    }
    out.println();
    if (summary.damages().isEmpty()) {
      out.println("Damage: none");
    } else {
      out.printf("Damage (%d)%n", summary.damages().size());
      for (SegmentDamage damage : summary.damages()) {
        out.printf(
            "  %-9s %s at offset %d: %s%n",
            damage.kind(), damage.file(), damage.offset(), damage.message());
      }
    }
  }

  private static String completeness(CaptureCompleteness completeness) {
    if (completeness.complete()) {
      return "100% (no gaps)";
    }
    StringBuilder reasons = new StringBuilder();
    completeness
        .lostByReason()
        .forEach(
            (reason, count) ->
                reasons
                    .append(reasons.length() == 0 ? "" : ", ")
                    .append(reasonName(reason))
                    .append(": ")
                    .append(count));
    return String.format(
        "%s (%,d statements captured, %,d lost; %,d events lost in %,d gaps: %s)",
        percent(completeness.ratio()),
        completeness.statementsCaptured(),
        completeness.statementsLost(),
        completeness.eventsLost(),
        completeness.gaps(),
        reasons);
  }

  private static void printIncompleteSessions(PrintWriter out, CaptureCompleteness completeness) {
    if (completeness.complete()) {
      return;
    }
    out.printf("Sessions with gaps (%d)%n", completeness.incompleteSessions().size());
    out.printf(
        "  %-24s %12s %10s %8s %12s  %s%n",
        "proxy", "session", "captured", "lost", "complete", "reasons");
    for (CaptureCompleteness.Session session : completeness.incompleteSessions()) {
      out.printf(
          "  %-24s %12d %,10d %,8d %12s  %s%n",
          session.proxyId(),
          session.sessionId(),
          session.statementsCaptured(),
          session.statementsLost(),
          percent(session.ratio()),
          session.reasons().keySet().stream().map(CaptureInspectCommand::reasonName).toList());
    }
    out.println();
  }

  /** Two decimals, but never rounded up to 100% while something is missing. */
  private static String percent(double ratio) {
    double hundredths = Math.floor(ratio * 10_000) / 100;
    return String.format("%.2f%%", hundredths);
  }

  /** GAP_QUEUE_FULL -> QUEUE_FULL. */
  private static String reasonName(GapReason reason) {
    return reason.name().replaceFirst("^GAP_", "");
  }

  private Map<String, Object> toJson(CaptureSummary summary, PatternCounts patterns) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("directory", dir.toString());
    json.put("segmentFiles", summary.files());
    json.put("events", summary.events());
    json.put("statements", summary.statements());
    json.put("sessions", summary.sessions());
    json.put("errors", summary.errors());
    json.put("errorsBySqlstate", summary.errorsBySqlstate());
    json.put("firstStartUnixNanos", summary.firstStartUnixNanos());
    json.put("lastEndUnixNanos", summary.lastEndUnixNanos());
    json.put("spanNanos", summary.span().toNanos());
    json.put("completeness", completenessJson(summary.completeness()));
    json.put("eventsPerProxy", summary.eventsPerProxy());
    json.put("distinctPatterns", patterns.distinct());
    json.put(
        "topPatterns",
        patterns.top(top).stream()
            .map(
                pattern ->
                    ordered(
                        "fingerprint", pattern.fingerprint().hexId(),
                        "pattern", pattern.fingerprint().normalized(),
                        "count", pattern.count(),
                        "errors", pattern.errors()))
            .toList());
    json.put(
        "damages",
        summary.damages().stream()
            .map(
                damage ->
                    ordered(
                        "file", damage.file().toString(),
                        "offset", damage.offset(),
                        "kind", damage.kind().name(),
                        "message", damage.message()))
            .toList());
    return json;
  }

  private static Map<String, Object> completenessJson(CaptureCompleteness completeness) {
    Map<String, Long> lostByReason = new LinkedHashMap<>();
    completeness
        .lostByReason()
        .forEach((reason, count) -> lostByReason.put(reasonName(reason), count));
    return ordered(
        "ratio", completeness.ratio(),
        "statementsCaptured", completeness.statementsCaptured(),
        "statementsLost", completeness.statementsLost(),
        "eventsLost", completeness.eventsLost(),
        "gaps", completeness.gaps(),
        "eventsLostByReason", lostByReason,
        "incompleteSessions",
            completeness.incompleteSessions().stream()
                .map(
                    session ->
                        ordered(
                            "proxyId", session.proxyId(),
                            "sessionId", session.sessionId(),
                            "statementsCaptured", session.statementsCaptured(),
                            "statementsLost", session.statementsLost(),
                            "eventsLost", session.eventsLost(),
                            "ratio", session.ratio(),
                            "reasons",
                                session.reasons().keySet().stream()
                                    .map(CaptureInspectCommand::reasonName)
                                    .toList()))
                .toList());
  }

  /** A JSON object that keeps its fields in the given order. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }

  private static String sqlstates(CaptureSummary summary) {
    if (summary.errorsBySqlstate().isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(" (");
    summary
        .errorsBySqlstate()
        .forEach(
            (sqlstate, count) ->
                text.append(text.length() > 2 ? ", " : "")
                    .append(sqlstate)
                    .append(": ")
                    .append(count));
    return text.append(')').toString();
  }

  private static Instant instant(long unixNanos) {
    return Instant.ofEpochSecond(0, unixNanos);
  }

  private static String human(Duration span) {
    return span.toMillis() < 1000
        ? String.format("%.3f ms", span.toNanos() / 1e6)
        : String.format("%.3f s", span.toMillis() / 1e3);
  }
}
