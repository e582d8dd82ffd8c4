package io.scry.proxy.wire;

import com.google.protobuf.UnsafeByteOperations;
import io.netty.buffer.ByteBuf;
import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.v1.Outcome;
import io.scry.protocol.v1.Parameter;
import io.scry.protocol.v1.ProtocolKind;
import io.scry.protocol.v1.Statement;
import io.scry.proxy.wire.MessageTypes.Backend;
import io.scry.proxy.wire.MessageTypes.Frontend;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns the two message streams of one session into completed statements.
 *
 * <p>Every frontend message that the server answers is queued as a pending item, in order; every
 * backend message is matched against the head of that queue (PostgreSQL answers in order). This is
 * how pipelines (many Bind/Execute before one Sync) are matched message by message. An
 * ErrorResponse in the extended protocol makes the server skip everything up to the next Sync, and
 * so does the tracker. ReadyForQuery resynchronises: whatever is still queued before the Sync (or
 * Query) it answers is dropped, so a message the tracker misunderstood cannot shift later matches.
 *
 * <p>Bodies are read only for the messages that carry what a capture event needs; a body that
 * cannot be parsed throws {@link IndexOutOfBoundsException} and the caller skips that message.
 * Memory is bounded: at most {@value #MAX_PENDING} pending items and {@value #MAX_NAMED} named
 * statements and portals are kept. Not thread-safe: one session, one event loop.
 */
public final class StatementTracker {

  static final int MAX_PENDING = 65_536;
  static final int MAX_NAMED = 10_000;
  private static final String QUERY_CANCELED = "57014";
  private static final int[] NO_OIDS = new int[0];

  private enum Kind {
    PARSE,
    BIND,
    DESCRIBE,
    EXECUTE,
    CLOSE,
    SYNC,
    QUERY,
    FUNCTION_CALL
  }

  /** A Parse the server knows (or will know) by name; OIDs may be refined by a Describe. */
  private static final class Prepared {
    final String sql;
    int[] parameterOids;

    Prepared(String sql, int[] parameterOids) {
      this.sql = sql;
      this.parameterOids = parameterOids;
    }
  }

  private record Portal(Prepared prepared, String statementName, Statement.Builder bound) {}

  /** One frontend message waiting for its answer. */
  private static final class Pending {
    final Kind kind;
    long startNanos;
    Prepared prepared; // PARSE, DESCRIBE of a statement, EXECUTE
    Statement.Builder statement; // EXECUTE; QUERY: the current statement
    long dataRows;
    ArrayDeque<String> remainingSql; // QUERY
    String querySql; // QUERY

    Pending(Kind kind, long startNanos) {
      this.kind = kind;
      this.startNanos = startNanos;
    }
  }

  private final StatementListener listener;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private final Map<String, Prepared> statements = new HashMap<>();
  private final Map<String, Portal> portals = new HashMap<>();
  private long groupStartNanos = -1;
  private boolean cancelRequested;
  private boolean terminated;

  public StatementTracker(StatementListener listener) {
    this.listener = listener;
  }

  /** Frontend messages waiting for their answer (bounded by {@value #MAX_PENDING}). */
  int pendingCount() {
    return pending.size();
  }

  /** Named statements and portals remembered (each map bounded by {@value #MAX_NAMED}). */
  int namedCount() {
    return statements.size() + portals.size();
  }

  /** Whether the client sent Terminate. */
  public boolean terminated() {
    return terminated;
  }

  /** A CancelRequest for this session was forwarded: the next "query canceled" is a cancel. */
  public void cancelRequested() {
    cancelRequested = true;
  }

  /**
   * Observes one frontend message on its way upstream.
   *
   * @param frame the whole message, type byte first; its indexes are not changed
   */
  public void onFrontend(ByteBuf frame, long nowNanos) {
    byte type = frame.getByte(frame.readerIndex());
    switch (type) {
      case Frontend.QUERY -> query(body(frame), nowNanos);
      case Frontend.PARSE -> parse(body(frame), nowNanos);
      case Frontend.BIND -> bind(body(frame), nowNanos);
      case Frontend.DESCRIBE -> describe(body(frame), nowNanos);
      case Frontend.EXECUTE -> execute(body(frame), nowNanos);
      case Frontend.CLOSE -> close(body(frame), nowNanos);
      case Frontend.SYNC -> {
        enqueue(new Pending(Kind.SYNC, nowNanos));
        groupStartNanos = -1;
      }
      case Frontend.FUNCTION_CALL -> enqueue(new Pending(Kind.FUNCTION_CALL, nowNanos));
      case Frontend.TERMINATE -> terminated = true;
      default -> {
        // Flush, CopyData/CopyDone/CopyFail and password/SASL messages ('p', never read).
      }
    }
  }

  /**
   * Observes one backend message on its way to the client.
   *
   * @param frame the whole message, type byte first; its indexes are not changed
   */
  public void onBackend(ByteBuf frame, long nowNanos) {
    byte type = frame.getByte(frame.readerIndex());
    Pending head = pending.peekFirst();
    switch (type) {
      case Backend.DATA_ROW -> {
        if (head != null) {
          head.dataRows++;
        }
      }
      case Backend.PARSE_COMPLETE -> popIf(head, Kind.PARSE);
      case Backend.BIND_COMPLETE -> popIf(head, Kind.BIND);
      case Backend.CLOSE_COMPLETE -> popIf(head, Kind.CLOSE);
      case Backend.PARAMETER_DESCRIPTION -> parameterDescription(head, body(frame));
      case Backend.ROW_DESCRIPTION, Backend.NO_DATA -> popIf(head, Kind.DESCRIBE);
      case Backend.COMMAND_COMPLETE ->
          complete(head, Outcome.OUTCOME_OK, commandTag(body(frame)), null, nowNanos);
      case Backend.EMPTY_QUERY_RESPONSE ->
          complete(head, Outcome.OUTCOME_EMPTY, "", null, nowNanos);
      case Backend.PORTAL_SUSPENDED ->
          complete(head, Outcome.OUTCOME_SUSPENDED, "", null, nowNanos);
      case Backend.ERROR_RESPONSE -> error(head, ErrorFields.read(body(frame)), nowNanos);
      case Backend.READY_FOR_QUERY -> readyForQuery();
      default -> {
        // Copy responses, notices, notifications, parameter status, authentication, keys.
      }
    }
  }

  /**
   * The session ended (either side closed its connection): the statement in flight (if any) is
   * reported as cancelled, everything else pending is forgotten. Call it before recording the
   * session's end, so every statement of a session comes before its end.
   */
  public void sessionEnded(long nowNanos) {
    for (Pending item : pending) {
      if (item.kind == Kind.EXECUTE || item.kind == Kind.QUERY) {
        if (item.statement == null && item.kind == Kind.QUERY) {
          item.statement = nextQueryStatement(item);
        }
        finish(item, item.statement, Outcome.OUTCOME_CANCELLED, "", null, nowNanos);
        break;
      }
    }
    pending.clear();
  }

  private static ByteBuf body(ByteBuf frame) {
    return frame.slice(
        frame.readerIndex() + PgMessageFramer.HEADER_LENGTH,
        frame.readableBytes() - PgMessageFramer.HEADER_LENGTH);
  }

  private void enqueue(Pending item) {
    if (pending.size() >= MAX_PENDING) {
      pending.pollFirst(); // a client that never syncs: keep memory bounded, lose the oldest
    }
    pending.addLast(item);
  }

  private long groupStart(long nowNanos) {
    if (groupStartNanos < 0) {
      groupStartNanos = nowNanos;
    }
    return groupStartNanos;
  }

  private void query(ByteBuf body, long nowNanos) {
    Pending item = new Pending(Kind.QUERY, nowNanos);
    item.querySql = WireMessages.readCString(body);
    item.remainingSql = new ArrayDeque<>(Fingerprinter.splitStatements(item.querySql));
    enqueue(item);
  }

  private void parse(ByteBuf body, long nowNanos) {
    String name = WireMessages.readCString(body);
    String sql = WireMessages.readCString(body);
    int count = body.readUnsignedShort();
    int[] oids = count == 0 ? NO_OIDS : new int[count];
    for (int i = 0; i < count; i++) {
      oids[i] = body.readInt();
    }
    Prepared prepared = new Prepared(sql, oids);
    remember(statements, name, prepared);
    Pending item = new Pending(Kind.PARSE, groupStart(nowNanos));
    item.prepared = prepared;
    enqueue(item);
  }

  private void bind(ByteBuf body, long nowNanos) {
    String portal = WireMessages.readCString(body);
    String statementName = WireMessages.readCString(body);
    int formatCount = body.readUnsignedShort();
    int[] formats = new int[formatCount];
    for (int i = 0; i < formatCount; i++) {
      formats[i] = body.readShort();
    }
    int parameterCount = body.readUnsignedShort();
    List<Parameter> parameters = new ArrayList<>(parameterCount);
    for (int i = 0; i < parameterCount; i++) {
      int length = body.readInt();
      Parameter.Builder parameter =
          Parameter.newBuilder()
              .setFormat(formatCount == 0 ? 0 : formats[formatCount == 1 ? 0 : i]);
      if (length < 0) {
        parameter.setIsNull(true);
      } else {
        if (length > body.readableBytes()) {
          throw new IndexOutOfBoundsException("parameter longer than the Bind message");
        }
        byte[] value = new byte[length];
        body.readBytes(value);
        parameter.setValue(UnsafeByteOperations.unsafeWrap(value)); // ours alone: no second copy
      }
      parameters.add(parameter.build());
    }
    int resultCount = body.readUnsignedShort();
    Statement.Builder bound =
        Statement.newBuilder()
            .setProtocol(ProtocolKind.PROTOCOL_EXTENDED)
            .setStatementName(statementName)
            .setPortalName(portal)
            .addAllParameters(parameters);
    for (int i = 0; i < resultCount; i++) {
      bound.addResultFormats(body.readShort());
    }
    Prepared prepared = statements.get(statementName);
    remember(portals, portal, new Portal(prepared, statementName, bound));
    enqueue(new Pending(Kind.BIND, groupStart(nowNanos)));
  }

  private void describe(ByteBuf body, long nowNanos) {
    byte what = body.readByte();
    String name = WireMessages.readCString(body);
    Pending item = new Pending(Kind.DESCRIBE, nowNanos);
    if (what == 'S') {
      item.prepared = statements.get(name);
    }
    groupStart(nowNanos);
    enqueue(item);
  }

  private void execute(ByteBuf body, long nowNanos) {
    String portalName = WireMessages.readCString(body);
    int maxRows = body.readInt();
    Portal portal = portals.get(portalName);
    Pending item = new Pending(Kind.EXECUTE, groupStart(nowNanos));
    groupStartNanos = -1;
    Statement.Builder statement;
    if (portal == null) {
      statement =
          Statement.newBuilder()
              .setProtocol(ProtocolKind.PROTOCOL_EXTENDED)
              .setPortalName(portalName);
    } else {
      statement = portal.bound().clone();
      item.prepared = portal.prepared();
      if (portal.prepared() != null) {
        statement.setSql(portal.prepared().sql);
      }
    }
    item.statement = statement.setMaxRows(maxRows);
    enqueue(item);
  }

  private void close(ByteBuf body, long nowNanos) {
    byte what = body.readByte();
    String name = WireMessages.readCString(body);
    (what == 'S' ? statements : portals).remove(name);
    enqueue(new Pending(Kind.CLOSE, nowNanos));
  }

  private static <T> void remember(Map<String, T> map, String name, T value) {
    if (name.isEmpty() || map.size() < MAX_NAMED || map.containsKey(name)) {
      map.put(name, value);
    }
  }

  private void popIf(Pending head, Kind kind) {
    if (head != null && head.kind == kind) {
      pending.pollFirst();
    }
  }

  private void parameterDescription(Pending head, ByteBuf body) {
    if (head == null || head.kind != Kind.DESCRIBE || head.prepared == null) {
      return;
    }
    int count = body.readUnsignedShort();
    int[] oids = new int[count];
    for (int i = 0; i < count; i++) {
      oids[i] = body.readInt();
    }
    head.prepared.parameterOids = oids;
  }

  private void complete(
      Pending head, Outcome outcome, String tag, ErrorFields error, long nowNanos) {
    if (head == null) {
      return;
    }
    if (head.kind == Kind.EXECUTE) {
      pending.pollFirst();
      finish(head, head.statement, outcome, tag, error, nowNanos);
    } else if (head.kind == Kind.QUERY) {
      Statement.Builder statement = nextQueryStatement(head);
      finish(head, statement, outcome, tag, error, nowNanos);
      head.startNanos = nowNanos; // the next statement of the same Query starts now
      head.dataRows = 0;
      head.statement = null;
    }
  }

  private static Statement.Builder nextQueryStatement(Pending query) {
    String sql = query.remainingSql.pollFirst();
    return Statement.newBuilder()
        .setProtocol(ProtocolKind.PROTOCOL_SIMPLE)
        .setSql(sql != null ? sql : query.querySql);
  }

  private void error(Pending head, ErrorFields error, long nowNanos) {
    statementFailed(head, error, nowNanos);
    if (error.endsSession()) {
      // FATAL or PANIC: the server closes the connection right after; nothing else is answered,
      // and the statement it ended has just been reported (it must not be reported again).
      pending.clear();
    }
  }

  private void statementFailed(Pending head, ErrorFields error, long nowNanos) {
    if (head == null || head.kind == Kind.SYNC || head.kind == Kind.FUNCTION_CALL) {
      return;
    }
    if (head.kind == Kind.QUERY) {
      complete(head, Outcome.OUTCOME_ERROR, "", error, nowNanos);
      head.remainingSql.clear(); // the server skips the rest of the Query string
      return;
    }
    // Extended protocol: the server discards everything up to the next Sync.
    Pending failed = null;
    Iterator<Pending> items = pending.iterator();
    while (items.hasNext()) {
      Pending item = items.next();
      if (item.kind == Kind.SYNC) {
        break;
      }
      if (failed == null && item.kind == Kind.EXECUTE) {
        failed = item;
      }
      items.remove();
    }
    if (failed != null) {
      finish(failed, failed.statement, Outcome.OUTCOME_ERROR, "", error, nowNanos);
    } else if (head.kind == Kind.PARSE) {
      // A Parse that failed without an Execute behind it still is a statement that failed.
      Statement.Builder statement =
          Statement.newBuilder()
              .setProtocol(ProtocolKind.PROTOCOL_EXTENDED)
              .setSql(head.prepared.sql);
      finish(head, statement, Outcome.OUTCOME_ERROR, "", error, nowNanos);
    }
  }

  private void readyForQuery() {
    while (!pending.isEmpty()) {
      Kind kind = pending.pollFirst().kind;
      if (kind == Kind.SYNC || kind == Kind.QUERY || kind == Kind.FUNCTION_CALL) {
        break;
      }
    }
    cancelRequested = false;
  }

  private void finish(
      Pending item,
      Statement.Builder statement,
      Outcome outcome,
      String tag,
      ErrorFields error,
      long nowNanos) {
    statement.setOutcome(outcome).setCommandTag(tag);
    statement.setRows(item.dataRows > 0 ? item.dataRows : rowsOf(tag));
    if (error != null) {
      statement.setSqlstate(error.sqlstate()).setErrorMessage(error.message());
      if (cancelRequested && QUERY_CANCELED.equals(error.sqlstate())) {
        statement.setOutcome(Outcome.OUTCOME_CANCELLED);
      }
    }
    if (item.prepared != null) {
      fillTypeOids(statement, item.prepared.parameterOids);
    }
    listener.statementCompleted(statement.build(), item.startNanos, nowNanos);
  }

  /** Parameters bound with "unspecified" types get the types the server resolved, if known. */
  private static void fillTypeOids(Statement.Builder statement, int[] oids) {
    int count = Math.min(oids.length, statement.getParametersCount());
    for (int i = 0; i < count; i++) {
      if (statement.getParameters(i).getTypeOid() == 0 && oids[i] != 0) {
        statement.setParameters(i, statement.getParameters(i).toBuilder().setTypeOid(oids[i]));
      }
    }
  }

  private static String commandTag(ByteBuf body) {
    return WireMessages.readCString(body);
  }

  /** The row count at the end of a command tag ("INSERT 0 5", "SELECT 3", "COPY 10"), else 0. */
  static long rowsOf(String tag) {
    int space = tag.lastIndexOf(' ');
    if (space < 0 || space == tag.length() - 1) {
      return 0;
    }
    long rows = 0;
    for (int i = space + 1; i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      rows = rows * 10 + (c - '0');
    }
    return rows;
  }
}
