package io.scry.worker.replay;

import com.google.protobuf.ByteString;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Outcome;
import io.scry.protocol.v1.Parameter;
import io.scry.protocol.v1.ProtocolKind;
import io.scry.protocol.v1.SessionEnd;
import io.scry.protocol.v1.SessionStart;
import io.scry.protocol.v1.Statement;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds captures in tests: sessions of timed statements, merged into start-time order. */
final class CaptureScript {

  static final long CAPTURE_START = 1_700_000_000_000_000_000L;

  private final List<CaptureEvent> events = new ArrayList<>();

  /** Starts a session {@code atMillis} after the capture start. */
  Session session(String proxyId, long sessionId, long atMillis) {
    return new Session(proxyId, sessionId, atMillis);
  }

  /** Every event, ordered by start time (sessions interleaved), as the planner streams them. */
  List<CaptureEvent> events() {
    return events.stream()
        .sorted(
            Comparator.comparingLong(CaptureEvent::getStartUnixNanos)
                .thenComparing(CaptureEvent::getProxyId)
                .thenComparingLong(CaptureEvent::getSessionId)
                .thenComparingLong(CaptureEvent::getSequence))
        .toList();
  }

  static Parameter int4(int value) {
    return Parameter.newBuilder()
        .setFormat(1)
        .setTypeOid(23)
        .setValue(ByteString.copyFrom(ByteBuffer.allocate(4).putInt(value).array()))
        .build();
  }

  static Parameter text(String value) {
    return Parameter.newBuilder()
        .setFormat(0)
        .setTypeOid(25)
        .setValue(ByteString.copyFrom(value, StandardCharsets.UTF_8))
        .build();
  }

  static Parameter untypedText(String value) {
    return text(value).toBuilder().setTypeOid(0).build();
  }

  static Parameter nullOf(int typeOid) {
    return Parameter.newBuilder().setFormat(0).setTypeOid(typeOid).setIsNull(true).build();
  }

  private static Statement.Builder sql(ProtocolKind protocol, String sql) {
    return Statement.newBuilder().setProtocol(protocol).setSql(sql);
  }

  final class Session {
    private final String proxyId;
    private final long sessionId;
    private long sequence;

    private Session(String proxyId, long sessionId, long atMillis) {
      this.proxyId = proxyId;
      this.sessionId = sessionId;
      add(
          atMillis * 1_000_000L,
          b ->
              b.setSessionStart(
                  SessionStart.newBuilder()
                      .setUser("app")
                      .setDatabase("app")
                      .setApplicationName("scry-test")));
    }

    Session simple(long atMillis, String sql) {
      return simpleAtNanos(atMillis * 1_000_000L, sql);
    }

    Session simpleAtNanos(long atNanos, String sql) {
      return statement(atNanos, sql(ProtocolKind.PROTOCOL_SIMPLE, sql));
    }

    Session extended(long atMillis, String sql, Parameter... parameters) {
      return statement(
          atMillis * 1_000_000L,
          sql(ProtocolKind.PROTOCOL_EXTENDED, sql).addAllParameters(List.of(parameters)));
    }

    /** One Execute of {@code portal} with a row limit, as the proxy records it. */
    Session execute(long atMillis, String sql, String portal, int maxRows, Outcome outcome) {
      return statement(
          atMillis * 1_000_000L,
          sql(ProtocolKind.PROTOCOL_EXTENDED, sql)
              .setPortalName(portal)
              .setMaxRows(maxRows)
              .setOutcome(outcome));
    }

    Session end(long atMillis) {
      return add(
          atMillis * 1_000_000L,
          b -> b.setSessionEnd(SessionEnd.newBuilder().setReason("terminate")));
    }

    private Session statement(long atNanos, Statement.Builder statement) {
      return add(atNanos, b -> b.setStatement(statement));
    }

    private Session add(long atNanos, java.util.function.Consumer<CaptureEvent.Builder> kind) {
      CaptureEvent.Builder event =
          CaptureEvent.newBuilder()
              .setProxyId(proxyId)
              .setSessionId(sessionId)
              .setSequence(sequence++)
              .setStartUnixNanos(CAPTURE_START + atNanos);
      kind.accept(event);
      events.add(event.build());
      return this;
    }
  }
}
