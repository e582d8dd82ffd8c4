package io.scry.protocol.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scry.protocol.v1.CaptureEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureDirectoryOrderingUnitTests {

  @TempDir Path dir;

  @Test
  void anEventCompletingLaterThanTheReorderWindowComesOutLateButIsNeverDropped()
      throws IOException {
    int others = CaptureDirectory.REORDER_WINDOW + 100;
    CaptureEvent longRunning = TestEvents.statement("proxy-a", 1, 1, TestEvents.T0);
    try (SegmentWriter writer =
        SegmentWriter.open(dir, "proxy-a", SegmentWriter.Options.defaults())) {
      for (int i = 1; i <= others; i++) {
        writer.append(TestEvents.statement("proxy-a", 2, i, TestEvents.T0 + i));
      }
      writer.append(longRunning);
    }
    try (CaptureDirectory capture = CaptureDirectory.open(dir)) {
      List<CaptureEvent> events = capture.stream().toList();
      assertEquals(others + 1, events.size());
      int at = events.indexOf(longRunning);
      assertEquals(others - CaptureDirectory.REORDER_WINDOW + 1, at, "late by the overflow only");
    }
  }

  @Test
  void aSessionKeepsItsAppendOrderEvenIfItsClockWentBackwards() throws IOException {
    try (SegmentWriter writer =
        SegmentWriter.open(dir, "proxy-a", SegmentWriter.Options.defaults())) {
      writer.append(TestEvents.statement("proxy-a", 1, 1, TestEvents.T0 + 500));
      writer.append(TestEvents.statement("proxy-a", 1, 2, TestEvents.T0 + 100)); // clock step
      writer.append(TestEvents.statement("proxy-a", 2, 1, TestEvents.T0 + 300));
    }
    try (CaptureDirectory capture = CaptureDirectory.open(dir)) {
      List<String> order =
          capture.stream().map(event -> event.getSessionId() + "/" + event.getSequence()).toList();
      assertEquals(List.of("2/1", "1/1", "1/2"), order);
    }
  }
}
