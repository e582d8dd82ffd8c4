package io.scry.proxy.capture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Parameter;
import io.scry.protocol.v1.SessionEnd;
import io.scry.protocol.v1.Statement;
import org.junit.jupiter.api.Test;

/** The capture buffer's estimate follows what an event holds, without encoding it. */
class QueuedSizeUnitTests {

  @Test
  void aStatementCountsItsTextAndItsParameters() {
    CaptureEvent event =
        CaptureEvent.newBuilder()
            .setProxyId("edge-1")
            .setStatement(
                Statement.newBuilder()
                    .setSql(
                        "SELECT * FROM orders WHERE region = $1 AND note = $2" + " ".repeat(950))
                    .addParameters(
                        Parameter.newBuilder().setValue(ByteString.copyFrom(new byte[100])))
                    .addParameters(
                        Parameter.newBuilder().setValue(ByteString.copyFrom(new byte[4000]))))
            .build();

    long estimate = QueuedSize.of(event);

    assertTrue(estimate >= 1000 + 4100 && estimate <= 5500, "estimate " + estimate);
    long exact = event.getSerializedSize();
    assertTrue(estimate >= exact && estimate < 2 * exact, estimate + " against " + exact);
  }

  @Test
  void otherEventsCountAFixedSize() {
    CaptureEvent end =
        CaptureEvent.newBuilder().setSessionEnd(SessionEnd.newBuilder().setReason("x")).build();

    assertTrue(QueuedSize.of(end) > end.getSerializedSize());
  }
}
