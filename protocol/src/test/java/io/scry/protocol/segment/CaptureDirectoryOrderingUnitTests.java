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

  /**
   * The proxy stamps a session's end with the session's start and its lifetime as duration; read by
   * start time alone, every session would end right after it began. Two sessions of a pgbench-like
   * capture, interleaved, written in completion order.
   */
  @Test
  void aSessionEndsWhenItEndedNotWhenItStarted() throws IOException {
    long t = TestEvents.T0;
    try (SegmentWriter writer =
        SegmentWriter.open(dir, "proxy-a", SegmentWriter.Options.defaults())) {
      writer.append(TestEvents.sessionStart("proxy-a", 1, t));
      writer.append(TestEvents.sessionStart("proxy-a", 2, t + 10));
      for (int i = 1; i <= 3; i++) {
        writer.append(TestEvents.statement("proxy-a", 1, i, t + 100 * i));
        writer.append(TestEvents.statement("proxy-a", 2, i, t + 100 * i + 50));
      }
      writer.append(
          TestEvents.sessionEnd("proxy-a", 1, 4, t).toBuilder().setDurationNanos(320).build());
      writer.append(TestEvents.statement("proxy-a", 2, 4, t + 400));
      writer.append(
          TestEvents.sessionEnd("proxy-a", 2, 5, t + 10).toBuilder().setDurationNanos(500).build());
    }
    try (CaptureDirectory capture = CaptureDirectory.open(dir)) {
      List<String> order =
          capture.stream().map(event -> event.getSessionId() + "/" + event.getSequence()).toList();
      assertEquals(
          List.of("1/0", "2/0", "1/1", "2/1", "1/2", "2/2", "1/3", "1/4", "2/3", "2/4", "2/5"),
          order);
    }
  }

  @Test
  void aSessionEndWithoutADurationStillComesAfterItsStatements() {
    CaptureOrder order = new CaptureOrder();
    long t = TestEvents.T0;
    assertEquals(t, order.next(TestEvents.sessionStart("proxy-a", 1, t)));
    assertEquals(t + 900, order.next(TestEvents.statement("proxy-a", 1, 1, t + 900)));
    assertEquals(t + 900, order.next(TestEvents.sessionEnd("proxy-a", 1, 2, t)));
    // The session is forgotten at its end: a new session with the same id starts afresh.
    assertEquals(t + 5, order.next(TestEvents.sessionStart("proxy-a", 1, t + 5)));
  }
}
