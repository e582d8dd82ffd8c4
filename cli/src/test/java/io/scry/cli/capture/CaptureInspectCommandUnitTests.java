package io.scry.cli.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scry.cli.ScryCli;
import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.segment.SegmentWriter;
import io.scry.protocol.segment.SpoolIdFile;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.CaptureGap;
import io.scry.protocol.v1.GapReason;
import io.scry.protocol.v1.Outcome;
import io.scry.protocol.v1.SessionStart;
import io.scry.protocol.v1.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CaptureInspectCommandUnitTests {

  private static final long T0 = 1_763_773_200_000_000_000L; // 2025-11-22T01:00:00Z
  private static final String BY_REGION = "SELECT id, total FROM orders WHERE region = 'eu-west'";
  private static final String BY_ID = "SELECT * FROM customers WHERE id = 42";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeCapture() throws IOException {
    for (String proxy : new String[] {"proxy-a", "proxy-b"}) {
      writeSessions(dir.resolve(proxy), proxy, 1, 3);
    }
  }

  /** Sessions {@code first..last} of {@code proxy}: a start and ten statements each. */
  private static void writeSessions(Path proxyDir, String proxy, long first, long last)
      throws IOException {
    try (SegmentWriter writer =
        SegmentWriter.open(proxyDir, proxy, SegmentWriter.Options.defaults())) {
      for (long session = first; session <= last; session++) {
        long t = T0 + session * 1_000;
        writer.append(
            CaptureEvent.newBuilder()
                .setProxyId(proxy)
                .setSessionId(session)
                .setStartUnixNanos(t)
                .setSessionStart(SessionStart.newBuilder().setUser("app").setDatabase("shop"))
                .build());
        for (long sequence = 1; sequence <= 10; sequence++) {
          boolean error = sequence == 10;
          writer.append(
              statement(
                  proxy,
                  session,
                  sequence,
                  t + sequence * 1_000_000,
                  sequence % 3 == 0 ? BY_ID.replace("42", Long.toString(sequence)) : BY_REGION,
                  error));
        }
      }
    }
  }

  @Test
  void aStoredCaptureCountsEverySpoolOfAProxyIdOnce() throws IOException {
    // The coordinator's layout: one directory per spool under the proxy id, here two capture
    // directories of proxy-a whose segment names are the same.
    Path proxyDir = dir.resolve("store/shop/proxy-a");
    for (long first : new long[] {1, 4}) {
      Path spool = dir.resolve("spool-" + first);
      writeSessions(spool, "proxy-a", first, first + 2);
      Path stored =
          Files.createDirectories(proxyDir.resolve(SpoolIdFile.read(spool).orElseThrow().text()));
      Files.copy(
          spool.resolve("proxy-a-00000000000000000001.seg"),
          stored.resolve("proxy-a-00000000000000000001.seg"));
    }
    assertEquals(ScryCli.EXIT_OK, run("capture", "inspect", dir.resolve("store/shop").toString()));
    String text = out.toString();
    assertLine(text, "segment files", "2");
    assertLine(text, "events", "66");
    assertLine(text, "sessions", "6");
    assertLine(text, "proxy-a", "66");
  }

  @Test
  void printsCountsSpanProxiesPatternsAndNoDamage() {
    assertEquals(ScryCli.EXIT_OK, run("capture", "inspect", dir.toString()));
    String text = out.toString();
    assertLine(text, "events", "66");
    assertLine(text, "statements", "60");
    assertLine(text, "sessions", "6");
    assertLine(text, "errors", "6 (42P01: 6)");
    assertTrue(text.contains("2025-11-22T01:00:00.000001Z"), text);
    assertLine(text, "proxy-a", "33");
    String regionId = Fingerprinter.fingerprint(BY_REGION).hexId();
    String byIdId = Fingerprinter.fingerprint(BY_ID).hexId();
    int regionLine = text.indexOf(regionId);
    assertTrue(regionLine > 0 && text.indexOf(byIdId) > regionLine, "most frequent first: " + text);
    assertTrue(text.contains("Damage: none"), text);
    assertEquals("", err.toString());
  }

  @Test
  void reportsDamagedFilesWithFileAndOffset() throws IOException {
    Path segment = dir.resolve("proxy-b/proxy-b-00000000000000000001.seg");
    long size = Files.size(segment);
    try (var channel =
        java.nio.channels.FileChannel.open(segment, java.nio.file.StandardOpenOption.WRITE)) {
      channel.truncate(size - 3);
    }
    assertEquals(ScryCli.EXIT_OK, run("capture", "inspect", dir.toString()));
    String text = out.toString();
    assertTrue(text.contains("Damage (1)"), text);
    assertTrue(text.contains("TORN_TAIL " + segment + " at offset "), text);
    assertLine(text, "events", "65");
  }

  @Test
  void jsonHasTheSameFigures() throws IOException {
    assertEquals(
        ScryCli.EXIT_OK, run("capture", "inspect", "--json", "--top", "1", dir.toString()));
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals(66, json.get("events").asLong());
    assertEquals(6, json.get("sessions").asLong());
    assertEquals(6, json.get("errorsBySqlstate").get("42P01").asLong());
    assertEquals(33, json.get("eventsPerProxy").get("proxy-b").asLong());
    assertEquals(1, json.get("topPatterns").size());
    assertEquals(
        Fingerprinter.fingerprint(BY_REGION).hexId(),
        json.get("topPatterns").get(0).get("fingerprint").asText());
    assertEquals(0, json.get("damages").size());
  }

  @Test
  void completeCapturesSayNoGaps() {
    assertEquals(ScryCli.EXIT_OK, run("capture", "inspect", dir.toString()));
    assertLine(out.toString(), "completeness", "100% (no gaps)");
    assertTrue(!out.toString().contains("Sessions with gaps"), out.toString());
  }

  @Test
  void gapRecordsShowCompletenessPerCaptureAndPerSession() throws IOException {
    try (SegmentWriter writer =
        SegmentWriter.open(dir.resolve("proxy-c"), "proxy-c", SegmentWriter.Options.defaults())) {
      writer.append(statement("proxy-c", 7, 1, T0, BY_REGION, false));
      writer.append(gap("proxy-c", 7, GapReason.GAP_QUEUE_FULL, 2, 4, 4));
      writer.append(gap("proxy-c", 7, GapReason.GAP_EVENT_TOO_LARGE, 7, 1, 1));
      writer.append(statement("proxy-c", 7, 8, T0 + 9_000, BY_REGION, false));
    }
    assertEquals(ScryCli.EXIT_OK, run("capture", "inspect", dir.toString()));
    String text = out.toString();
    // 62 statements captured, 5 lost: 62 / 67 = 92.537...%
    assertLine(
        text,
        "completeness",
        "92.53% (62 statements captured, 5 lost; 5 events lost in 2 gaps:"
            + " QUEUE_FULL: 4, EVENT_TOO_LARGE: 1)");
    assertTrue(text.contains("Sessions with gaps (1)"), text);
    assertTrue(
        java.util.regex.Pattern.compile(
                "proxy-c\\s+7\\s+2\\s+5\\s+28\\.57%\\s+\\[QUEUE_FULL, EVENT_TOO_LARGE\\]")
            .matcher(text)
            .find(),
        text);

    out.getBuffer().setLength(0);
    assertEquals(ScryCli.EXIT_OK, run("capture", "inspect", "--json", dir.toString()));
    JsonNode completeness = new ObjectMapper().readTree(out.toString()).get("completeness");
    assertEquals(62, completeness.get("statementsCaptured").asLong());
    assertEquals(5, completeness.get("statementsLost").asLong());
    assertEquals(2, completeness.get("gaps").asLong());
    assertEquals(4, completeness.get("eventsLostByReason").get("QUEUE_FULL").asLong());
    JsonNode session = completeness.get("incompleteSessions").get(0);
    assertEquals("proxy-c", session.get("proxyId").asText());
    assertEquals(7, session.get("sessionId").asLong());
    assertEquals(2, session.get("statementsCaptured").asLong());
    assertEquals(5, session.get("statementsLost").asLong());
  }

  @Test
  void aMissingDirectoryIsAOneLineToolError() {
    Path missing = dir.resolve("nope");
    assertEquals(ScryCli.EXIT_TOOL_ERROR, run("capture", "inspect", missing.toString()));
    assertEquals(
        "error: capture directory "
            + missing
            + " does not exist\nscry: failed — pass the directory the capturing proxy wrote (its"
            + " --capture-dir)\n",
        err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void aNegativeTopIsAToolError() {
    assertEquals(ScryCli.EXIT_TOOL_ERROR, run("capture", "inspect", "--top", "-1", dir.toString()));
    assertTrue(err.toString().contains("--top must not be negative"), err.toString());
  }

  @Test
  void captureWithoutASubcommandIsAToolError() {
    assertEquals(ScryCli.EXIT_TOOL_ERROR, run("capture"));
    assertTrue(err.toString().contains("Missing required subcommand"), err.toString());
  }

  /** Asserts a line of the form {@code <label> <value>}, however the columns are padded. */
  private static void assertLine(String text, String label, String value) {
    assertTrue(
        java.util.regex.Pattern.compile(
                "(?m)^\\s*"
                    + java.util.regex.Pattern.quote(label)
                    + "\\s+"
                    + java.util.regex.Pattern.quote(value)
                    + "$")
            .matcher(text)
            .find(),
        label + " " + value + " in\n" + text);
  }

  private int run(String... args) {
    // The command line as users get it: with the failure contract's handlers.
    CommandLine commandLine = ScryCli.newCommandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private static CaptureEvent gap(
      String proxy,
      long session,
      GapReason reason,
      long firstSequence,
      long lost,
      long statements) {
    return CaptureEvent.newBuilder()
        .setProxyId(proxy)
        .setSessionId(session)
        .setSequence(firstSequence)
        .setStartUnixNanos(T0 + firstSequence * 1_000)
        .setGap(
            CaptureGap.newBuilder()
                .setReason(reason)
                .setEventsLost(lost)
                .setStatementsLost(statements)
                .setFirstSequence(firstSequence)
                .setLastSequence(firstSequence + lost - 1))
        .build();
  }

  private static CaptureEvent statement(
      String proxy, long session, long sequence, long start, String sql, boolean error) {
    Statement.Builder statement = Statement.newBuilder().setSql(sql);
    if (error) {
      statement
          .setOutcome(Outcome.OUTCOME_ERROR)
          .setSqlstate("42P01")
          .setErrorMessage("relation does not exist");
    } else {
      statement.setOutcome(Outcome.OUTCOME_OK).setCommandTag("SELECT 1").setRows(1);
    }
    return CaptureEvent.newBuilder()
        .setProxyId(proxy)
        .setSessionId(session)
        .setSequence(sequence)
        .setStartUnixNanos(start)
        .setDurationNanos(250_000)
        .setStatement(statement)
        .build();
  }
}
