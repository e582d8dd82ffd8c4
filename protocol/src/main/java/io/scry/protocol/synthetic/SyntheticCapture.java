package io.scry.protocol.synthetic;

import com.google.protobuf.ByteString;
import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.segment.SegmentWriter;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Outcome;
import io.scry.protocol.v1.Parameter;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ProtocolKind;
import io.scry.protocol.v1.ReplayResult;
import io.scry.protocol.v1.SessionEnd;
import io.scry.protocol.v1.SessionStart;
import io.scry.protocol.v1.Statement;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A generated capture, for tests and benchmarks: one proxy's sessions, in capture order. Each
 * variant is a factory method; its events are generated again on every {@link #events()} call,
 * lazily where a capture is large, so that a capture of millions of events is never held in memory,
 * and {@link #write(Path)} writes them as segment files, as a proxy would.
 *
 * <pre>{@code
 * SyntheticCapture capture = SyntheticCapture.items(8, 30, 2);
 * capture.write(dir);
 * Map<Long, Long> expected = capture.countsByFingerprint();
 * }</pre>
 */
public final class SyntheticCapture {

  /** Target schema of {@link #items}. */
  public static final String ITEMS_SCHEMA =
      "CREATE TABLE items (session int, n int, PRIMARY KEY (session, n))";

  private static final long TEST_START_UNIX_NANOS = 1_700_000_000_000_000_000L;
  private static final long BENCH_START_UNIX_NANOS = 1_763_773_200_000_000_000L;
  private static final long MILLI = 1_000_000L;

  private final String proxyId;
  private final long statements;
  private final Supplier<Iterator<CaptureEvent>> events;

  private SyntheticCapture(
      String proxyId, long statements, Supplier<Iterator<CaptureEvent>> events) {
    this.proxyId = proxyId;
    this.statements = statements;
    this.events = events;
  }

  /**
   * Every session running {@code SELECT $1::int} (extended protocol, one text parameter) in turn,
   * one statement every 10 µs of captured time, for replay memory measurements (proxy {@code
   * synthetic}, sessions 1 to {@code sessions}).
   */
  public static SyntheticCapture roundRobin(long statements, int sessions) {
    return new SyntheticCapture(
        "synthetic", statements, () -> new RoundRobin(statements, sessions));
  }

  /**
   * Sessions of one statement per ms, each starting when the one {@code overlap} places before it
   * is about to end, so about {@code overlap} sessions run at once; half the statements use the
   * extended protocol (proxy {@code synthetic}, sessions from 0).
   */
  public static SyntheticCapture staggered(int sessions, int statementsPerSession, int overlap) {
    return new SyntheticCapture(
        "synthetic",
        (long) sessions * statementsPerSession,
        () -> new Staggered(sessions, statementsPerSession, overlap));
  }

  /**
   * Sessions that each insert into and read from {@code items} ({@link #ITEMS_SCHEMA}) in turn, one
   * statement every {@code gapMillis}, starting 1 ms apart (proxy {@code proxy-a}, sessions from
   * 0). Every INSERT row is distinct, so the target's row count shows how often the inserts really
   * ran: {@code sessions * ((statementsPerSession + 1) / 2)} once per replay.
   */
  public static SyntheticCapture items(int sessions, int statementsPerSession, long gapMillis) {
    return new SyntheticCapture(
        "proxy-a",
        (long) sessions * statementsPerSession,
        () ->
            itemsEvents(sessions, statementsPerSession, gapMillis, SyntheticCapture::itemsSql)
                .iterator());
  }

  /**
   * Sessions like {@link #items}' (one statement every ms) whose statements, taken in turn, fall
   * into {@code patterns} distinct query patterns (each selects a constant under a column name of
   * its own), so that every pattern runs as often as any other when the statements are a multiple
   * of the patterns. Needs no schema.
   */
  public static SyntheticCapture distinctPatterns(
      int sessions, int statementsPerSession, int patterns) {
    return oneMillisecondApart(
        sessions,
        statementsPerSession,
        (session, n) ->
            "SELECT " + n + " AS p" + ((session * statementsPerSession + n - 1) % patterns));
  }

  /**
   * Sessions like {@link #items}' whose statements are each over {@code sqlBytes} long, all of one
   * pattern ({@code SELECT length('xx…') AS n}): larger than one cluster message may be. Needs no
   * schema.
   */
  public static SyntheticCapture largeStatements(
      int sessions, int statementsPerSession, int sqlBytes) {
    String literal = "x".repeat(sqlBytes);
    return oneMillisecondApart(
        sessions, statementsPerSession, (session, n) -> "SELECT length('" + literal + "') AS n");
  }

  private static SyntheticCapture oneMillisecondApart(
      int sessions, int statementsPerSession, StatementText text) {
    return new SyntheticCapture(
        "proxy-a",
        (long) sessions * statementsPerSession,
        () -> itemsEvents(sessions, statementsPerSession, 1, text).iterator());
  }

  /** The SQL of statement {@code n} (from 1) of session {@code session} (from 0). */
  @FunctionalInterface
  private interface StatementText {
    String sql(int session, int n);
  }

  private static String itemsSql(int session, int n) {
    return n % 2 == 1
        ? "INSERT INTO items (session, n) VALUES (" + session + ", " + n + ")"
        : "SELECT count(*) FROM items WHERE session = " + session;
  }

  /** How many statements of each fingerprint id a replay's result counts. */
  public static Map<Long, Long> countsByFingerprint(ReplayResult result) {
    Map<Long, Long> counts = new HashMap<>();
    for (PatternResult pattern : result.getPatternsList()) {
      counts.put(pattern.getFingerprint(), pattern.getCount());
    }
    return counts;
  }

  public String proxyId() {
    return proxyId;
  }

  /** Number of statement events (what a replay of the whole capture counts). */
  public long statements() {
    return statements;
  }

  /** Number of statement events whose statement is one of {@code which}. */
  public long statements(Predicate<Statement> which) {
    long count = 0;
    for (Iterator<CaptureEvent> it = events(); it.hasNext(); ) {
      CaptureEvent event = it.next();
      if (event.hasStatement() && which.test(event.getStatement())) {
        count++;
      }
    }
    return count;
  }

  /** The events in capture order, generated anew. */
  public Iterator<CaptureEvent> events() {
    return events.get();
  }

  /** Writes the capture as segment files of proxy {@link #proxyId()} under {@code dir}. */
  public long write(Path dir) throws IOException {
    long written = 0;
    try (SegmentWriter writer =
        SegmentWriter.open(dir, proxyId, SegmentWriter.Options.defaults())) {
      for (Iterator<CaptureEvent> it = events(); it.hasNext(); written++) {
        writer.append(it.next());
      }
    }
    return written;
  }

  /** How many statements each fingerprint id has: what a replay's patterns count. */
  public Map<Long, Long> countsByFingerprint() {
    Map<Long, Long> counts = new HashMap<>();
    events()
        .forEachRemaining(
            event -> {
              if (event.hasStatement()) {
                counts.merge(
                    Fingerprinter.fingerprint(event.getStatement().getSql()).id(), 1L, Long::sum);
              }
            });
    return counts;
  }

  private static final class RoundRobin implements Iterator<CaptureEvent> {
    private static final long STEP_NANOS = 10_000;

    private final long statements;
    private final int sessions;
    private final long[] sequences;
    private long index;
    private long now = BENCH_START_UNIX_NANOS;

    RoundRobin(long statements, int sessions) {
      this.statements = statements;
      this.sessions = sessions;
      this.sequences = new long[sessions + 1];
    }

    @Override
    public boolean hasNext() {
      return index < sessions + statements + sessions;
    }

    @Override
    public CaptureEvent next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      long i = index++;
      if (i < sessions) {
        return base((int) i + 1, 0)
            .setSessionStart(
                SessionStart.newBuilder()
                    .setUser("postgres")
                    .setDatabase("bench")
                    .setApplicationName("synthetic"))
            .build();
      }
      now += STEP_NANOS;
      long statement = i - sessions;
      if (statement < statements) {
        int session = (int) (statement % sessions) + 1;
        return base(session, ++sequences[session]).setStatement(select(statement)).build();
      }
      int session = (int) (statement - statements) + 1;
      return base(session, ++sequences[session])
          .setSessionEnd(SessionEnd.newBuilder().setReason("terminate"))
          .build();
    }

    private CaptureEvent.Builder base(int session, long sequence) {
      return CaptureEvent.newBuilder()
          .setProxyId("synthetic")
          .setSessionId(session)
          .setSequence(sequence)
          .setStartUnixNanos(now)
          .setDurationNanos(5_000);
    }

    private static Statement select(long i) {
      return Statement.newBuilder()
          .setProtocol(ProtocolKind.PROTOCOL_EXTENDED)
          .setSql("SELECT $1::int")
          .addParameters(
              Parameter.newBuilder()
                  .setTypeOid(23)
                  .setValue(ByteString.copyFrom(Long.toString(i % 1000), StandardCharsets.UTF_8)))
          .setCommandTag("SELECT 1")
          .setRows(1)
          .setOutcome(Outcome.OUTCOME_OK)
          .build();
    }
  }

  private static final class Staggered implements Iterator<CaptureEvent> {
    private static final Statement SIMPLE =
        Statement.newBuilder().setProtocol(ProtocolKind.PROTOCOL_SIMPLE).setSql("SELECT 1").build();
    private static final Statement EXTENDED =
        Statement.newBuilder()
            .setProtocol(ProtocolKind.PROTOCOL_EXTENDED)
            .setSql("SELECT $1::int + 1")
            .addParameters(
                Parameter.newBuilder()
                    .setFormat(1)
                    .setTypeOid(23)
                    .setValue(ByteString.copyFrom(ByteBuffer.allocate(4).putInt(41).array())))
            .build();

    private final int sessions;
    private final int length; // events per session: start, statements, end
    private final int stride; // ticks between session starts
    private long tick;
    private int session;

    Staggered(int sessions, int statementsPerSession, int overlap) {
      this.sessions = sessions;
      this.length = statementsPerSession + 2;
      this.stride = Math.max(1, length / overlap);
      advanceToActive();
    }

    @Override
    public boolean hasNext() {
      return tick < (long) (sessions - 1) * stride + length;
    }

    @Override
    public CaptureEvent next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      long sequence = tick - (long) session * stride;
      CaptureEvent.Builder event =
          CaptureEvent.newBuilder()
              .setProxyId("synthetic")
              .setSessionId(session)
              .setSequence(sequence)
              .setStartUnixNanos(TEST_START_UNIX_NANOS + tick * MILLI);
      if (sequence == 0) {
        event.setSessionStart(SessionStart.newBuilder().setApplicationName("scry-synthetic"));
      } else if (sequence == length - 1) {
        event.setSessionEnd(SessionEnd.newBuilder().setReason("terminate"));
      } else {
        event.setStatement(sequence % 2 == 0 ? SIMPLE : EXTENDED);
      }
      session++;
      advanceToActive();
      return event.build();
    }

    /** Moves to the next (tick, session) pair where the session is active. */
    private void advanceToActive() {
      while (hasNext()) {
        long firstActive = Math.max(0, Math.floorDiv(tick - length + stride, stride));
        session = (int) Math.max(session, firstActive);
        if (session < sessions && (long) session * stride <= tick) {
          return;
        }
        tick++;
        session = 0;
      }
    }
  }

  private static List<CaptureEvent> itemsEvents(
      int sessions, int statementsPerSession, long gapMillis, StatementText text) {
    List<CaptureEvent> events = new ArrayList<>();
    for (int s = 0; s < sessions; s++) {
      long at = TEST_START_UNIX_NANOS + s * MILLI; // sessions start 1 ms apart
      events.add(
          itemsEvent(
              s,
              0,
              at,
              b -> b.setSessionStart(SessionStart.newBuilder().setUser("app").setDatabase("app"))));
      for (int n = 1; n <= statementsPerSession; n++) {
        String sql = text.sql(s, n);
        long start = at + n * gapMillis * MILLI;
        events.add(
            itemsEvent(
                s,
                n,
                start,
                b ->
                    b.setStatement(
                        Statement.newBuilder()
                            .setProtocol(ProtocolKind.PROTOCOL_SIMPLE)
                            .setSql(sql)
                            .setOutcome(Outcome.OUTCOME_OK)
                            .setCommandTag(sql.startsWith("INSERT") ? "INSERT 0 1" : "SELECT 1")
                            .setRows(1))));
      }
      long end = at + (statementsPerSession + 1) * gapMillis * MILLI;
      events.add(
          itemsEvent(
              s,
              statementsPerSession + 1,
              end,
              b -> b.setSessionEnd(SessionEnd.newBuilder().setReason("terminate"))));
    }
    events.sort(Comparator.comparingLong(CaptureEvent::getStartUnixNanos));
    return events;
  }

  private static CaptureEvent itemsEvent(
      int session, long sequence, long start, Consumer<CaptureEvent.Builder> kind) {
    CaptureEvent.Builder event =
        CaptureEvent.newBuilder()
            .setProxyId("proxy-a")
            .setSessionId(session)
            .setSequence(sequence)
            .setStartUnixNanos(start)
            .setDurationNanos(200_000);
    kind.accept(event);
    return event.build();
  }
}
