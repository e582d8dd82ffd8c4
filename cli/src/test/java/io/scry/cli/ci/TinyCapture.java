package io.scry.cli.ci;

import io.scry.protocol.segment.SegmentWriter;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.CaptureGap;
import io.scry.protocol.v1.GapReason;
import io.scry.protocol.v1.Statement;
import java.nio.file.Path;

/** A capture written directly as segment files, for tests that need one but no real traffic. */
final class TinyCapture {
  private static final long T0 = 1_800_000_000_000_000_000L;

  private TinyCapture() {}

  /** One session with {@code captured} statements and a gap of {@code lost} statements. */
  static void write(Path dir, int captured, int lost) throws Exception {
    try (SegmentWriter writer =
        SegmentWriter.open(dir, "proxy-a", SegmentWriter.Options.defaults())) {
      for (int i = 1; i <= captured; i++) {
        writer.append(
            CaptureEvent.newBuilder()
                .setProxyId("proxy-a")
                .setSessionId(1)
                .setSequence(i)
                .setStartUnixNanos(T0 + i * 1_000_000L)
                .setStatement(Statement.newBuilder().setSql("SELECT " + i))
                .build());
      }
      if (lost > 0) {
        writer.append(
            CaptureEvent.newBuilder()
                .setProxyId("proxy-a")
                .setSessionId(1)
                .setSequence(captured + 1)
                .setStartUnixNanos(T0 + (captured + 1) * 1_000_000L)
                .setGap(
                    CaptureGap.newBuilder()
                        .setReason(GapReason.GAP_QUEUE_FULL)
                        .setEventsLost(lost)
                        .setStatementsLost(lost)
                        .setFirstSequence(captured + 1)
                        .setLastSequence(captured + lost))
                .build());
      }
    }
  }
}
