package io.scry.protocol.segment;

import com.google.protobuf.ByteString;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Outcome;
import io.scry.protocol.v1.Parameter;
import io.scry.protocol.v1.ProtocolKind;
import io.scry.protocol.v1.SessionEnd;
import io.scry.protocol.v1.SessionStart;
import io.scry.protocol.v1.Statement;
import java.nio.charset.StandardCharsets;

/**
 * Builds realistic capture events for segment tests; public (through this module's test-jar) for
 * the other modules' tests that build capture events field by field.
 */
public final class TestEvents {

  static final long T0 = 1_763_770_000_000_000_000L;

  private TestEvents() {}

  static CaptureEvent statement(String proxy, long session, long sequence, long startNanos) {
    return event(proxy, session, sequence, startNanos)
        .setDurationNanos(150_000 + sequence)
        .setStatement(
            Statement.newBuilder()
                .setProtocol(ProtocolKind.PROTOCOL_EXTENDED)
                .setSql("SELECT id, total FROM orders WHERE customer_id = $1 AND status = $2")
                .addParameters(
                    Parameter.newBuilder()
                        .setFormat(0)
                        .setTypeOid(23)
                        .setValue(
                            ByteString.copyFrom(
                                Long.toString(sequence * 7), StandardCharsets.UTF_8)))
                .addParameters(
                    Parameter.newBuilder()
                        .setTypeOid(25)
                        .setValue(ByteString.copyFromUtf8("shipped")))
                .setCommandTag("SELECT 3")
                .setRows(3)
                .setOutcome(Outcome.OUTCOME_OK))
        .build();
  }

  static CaptureEvent error(String proxy, long session, long sequence, long startNanos) {
    CaptureEvent ok = statement(proxy, session, sequence, startNanos);
    return ok.toBuilder()
        .setStatement(
            ok.getStatement().toBuilder()
                .setOutcome(Outcome.OUTCOME_ERROR)
                .setSqlstate("42P01")
                .setErrorMessage("relation \"orderz\" does not exist"))
        .build();
  }

  static CaptureEvent sessionStart(String proxy, long session, long startNanos) {
    return event(proxy, session, 0, startNanos)
        .setSessionStart(
            SessionStart.newBuilder().setUser("app").setDatabase("shop").setApplicationName("web"))
        .build();
  }

  static CaptureEvent sessionEnd(String proxy, long session, long sequence, long startNanos) {
    return event(proxy, session, sequence, startNanos)
        .setSessionEnd(SessionEnd.newBuilder().setReason("terminate"))
        .build();
  }

  /** An event of session {@code session} on {@code proxy}, without its kind yet. */
  public static CaptureEvent.Builder event(
      String proxy, long session, long sequence, long startNanos) {
    return CaptureEvent.newBuilder()
        .setProxyId(proxy)
        .setSessionId(session)
        .setSequence(sequence)
        .setStartUnixNanos(startNanos);
  }
}
