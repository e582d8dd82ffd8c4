package io.scry.cli.cluster;

import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.segment.SegmentWriter;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Outcome;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ProtocolKind;
import io.scry.protocol.v1.ReplayResult;
import io.scry.protocol.v1.SessionEnd;
import io.scry.protocol.v1.SessionStart;
import io.scry.protocol.v1.Statement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a capture as segment files, as a proxy would: sessions of {@code statementsPerSession}
 * statements each, one every {@code gapMillis}, whose text {@code text} gives.
 *
 * <p>By default the sessions insert into and read from {@code items} (target schema: {@link
 * #SCHEMA}). Every INSERT row is distinct, so the target's row count shows how often the inserts
 * really ran.
 */
public record SyntheticCapture(
    int sessions, int statementsPerSession, long gapMillis, StatementText text) {

  public static final String SCHEMA =
      "CREATE TABLE items (session int, n int, PRIMARY KEY (session, n))";

  /** The SQL of statement {@code n} (from 1) of session {@code session} (from 0). */
  @FunctionalInterface
  public interface StatementText {
    String sql(int session, int n);
  }

  /** Sessions that insert into and read from {@code items}. */
  public SyntheticCapture(int sessions, int statementsPerSession, long gapMillis) {
    this(sessions, statementsPerSession, gapMillis, SyntheticCapture::itemsStatement);
  }

  /**
   * Sessions whose statements, taken in turn, fall into {@code patterns} distinct query patterns
   * (each selects a constant under a column name of its own), so that every pattern runs as often
   * as any other when the statements are a multiple of the patterns. Needs no schema.
   */
  public static SyntheticCapture distinctPatterns(
      int sessions, int statementsPerSession, int patterns) {
    return new SyntheticCapture(
        sessions,
        statementsPerSession,
        1,
        (session, n) ->
            "SELECT " + n + " AS p" + ((session * statementsPerSession + n - 1) % patterns));
  }

  /** How many statements of each fingerprint id {@code result} counts. */
  public static Map<Long, Long> countsByFingerprint(ReplayResult result) {
    Map<Long, Long> counts = new HashMap<>();
    for (PatternResult pattern : result.getPatternsList()) {
      counts.put(pattern.getFingerprint(), pattern.getCount());
    }
    return counts;
  }

  private static String itemsStatement(int session, int n) {
    return n % 2 == 1
        ? "INSERT INTO items (session, n) VALUES (" + session + ", " + n + ")"
        : "SELECT count(*) FROM items WHERE session = " + session;
  }

  private static final String PROXY = "proxy-a";
  private static final long START = 1_700_000_000_000_000_000L;

  /** Writes the capture under {@code dir}; returns the expected count per fingerprint id. */
  public Map<Long, Long> write(Path dir) throws IOException {
    List<CaptureEvent> events = new ArrayList<>();
    for (int s = 0; s < sessions; s++) {
      long at = START + s * 1_000_000L; // sessions start 1 ms apart
      events.add(
          event(
              s,
              0,
              at,
              b -> b.setSessionStart(SessionStart.newBuilder().setUser("app").setDatabase("app"))));
      for (int n = 1; n <= statementsPerSession; n++) {
        String sql = text.sql(s, n);
        long start = at + n * gapMillis * 1_000_000L;
        events.add(event(s, n, start, b -> b.setStatement(statement(sql))));
      }
      long end = at + (statementsPerSession + 1) * gapMillis * 1_000_000L;
      events.add(
          event(
              s,
              statementsPerSession + 1,
              end,
              b -> b.setSessionEnd(SessionEnd.newBuilder().setReason("terminate"))));
    }
    events.sort(Comparator.comparingLong(CaptureEvent::getStartUnixNanos));
    Map<Long, Long> expected = new HashMap<>();
    try (SegmentWriter writer = SegmentWriter.open(dir, PROXY, SegmentWriter.Options.defaults())) {
      for (CaptureEvent event : events) {
        writer.append(event);
        if (event.hasStatement()) {
          expected.merge(
              Fingerprinter.fingerprint(event.getStatement().getSql()).id(), 1L, Long::sum);
        }
      }
    }
    return expected;
  }

  /** Number of statement events (what a replay of the whole capture counts). */
  public long statements() {
    return (long) sessions * statementsPerSession;
  }

  /** INSERTs in the default capture: the target's row count after one replay. */
  public long inserts() {
    return (long) sessions * ((statementsPerSession + 1) / 2);
  }

  private static Statement.Builder statement(String sql) {
    return Statement.newBuilder()
        .setProtocol(ProtocolKind.PROTOCOL_SIMPLE)
        .setSql(sql)
        .setOutcome(Outcome.OUTCOME_OK)
        .setCommandTag(sql.startsWith("INSERT") ? "INSERT 0 1" : "SELECT 1")
        .setRows(1);
  }

  private static CaptureEvent event(
      int session,
      long sequence,
      long start,
      java.util.function.Consumer<CaptureEvent.Builder> kind) {
    CaptureEvent.Builder event =
        CaptureEvent.newBuilder()
            .setProxyId(PROXY)
            .setSessionId(session)
            .setSequence(sequence)
            .setStartUnixNanos(start)
            .setDurationNanos(200_000);
    kind.accept(event);
    return event.build();
  }
}
