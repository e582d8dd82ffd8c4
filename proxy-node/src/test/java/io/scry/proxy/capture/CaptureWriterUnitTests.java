package io.scry.proxy.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.segment.SegmentWriter;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Statement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureWriterUnitTests {

  @TempDir Path dir;

  static CaptureEvent event(long sequence) {
    return CaptureEvent.newBuilder()
        .setProxyId("p")
        .setSessionId(1)
        .setSequence(sequence)
        .setStartUnixNanos(sequence)
        .setStatement(Statement.newBuilder().setSql("SELECT " + sequence))
        .build();
  }

  @Test
  void aFullQueueDropsAndCountsInsteadOfBlocking() throws Exception {
    SegmentWriter segments = SegmentWriter.open(dir, "p", SegmentWriter.Options.defaults());
    CaptureWriter writer =
        CaptureWriter.start(segments, 4, Duration.ofMillis(50), UnaryOperator.identity());
    int offered = 50_000;
    long start = System.nanoTime();
    int accepted = 0;
    for (int i = 0; i < offered; i++) {
      if (writer.offer(event(i))) {
        accepted++;
      }
    }
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    writer.close();
    assertTrue(writer.dropped() > 0, "a 4-event queue must overflow");
    assertEquals(offered, accepted + writer.dropped());
    assertEquals(accepted, writer.written());
    assertTrue(elapsedMillis < 5_000, "offer never waits: " + elapsedMillis + " ms");
    try (CaptureDirectory directory = CaptureDirectory.open(dir)) {
      assertEquals(accepted, directory.stream().count());
    }
  }

  @Test
  void closeWritesEverythingQueuedAndSeals() throws Exception {
    SegmentWriter segments = SegmentWriter.open(dir, "p", SegmentWriter.Options.defaults());
    CaptureWriter writer =
        CaptureWriter.start(segments, 1000, Duration.ofSeconds(10), UnaryOperator.identity());
    for (int i = 0; i < 500; i++) {
      assertTrue(writer.offer(event(i)));
    }
    writer.close();
    assertEquals(500, writer.written());
    try (CaptureDirectory directory = CaptureDirectory.open(dir)) {
      assertEquals(500, directory.stream().count());
      assertTrue(directory.files().stream().allMatch(f -> f.toString().endsWith(".seg")));
    }
  }
}
