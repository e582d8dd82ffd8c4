package io.scry.proxy.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.protobuf.ByteString;
import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.segment.SegmentWriter;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.CaptureGap;
import io.scry.protocol.v1.GapReason;
import io.scry.protocol.v1.Parameter;
import io.scry.protocol.v1.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class CaptureWriterUnitTests {

  /** A byte budget no test's queue reaches, where the event count is what is tested. */
  private static final long UNBOUNDED_BYTES = Long.MAX_VALUE;

  @TempDir Path dir;

  static CaptureEvent event(long sequence) {
    return event(1, sequence);
  }

  static CaptureEvent event(long session, long sequence) {
    return CaptureEvent.newBuilder()
        .setProxyId("p")
        .setSessionId(session)
        .setSequence(sequence)
        .setStartUnixNanos(sequence)
        .setStatement(Statement.newBuilder().setSql("SELECT " + sequence))
        .build();
  }

  @Test
  void aFullQueueDropsAndCountsInsteadOfBlocking() throws Exception {
    CaptureWriter writer = startWriter(4, Duration.ofMillis(50));
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
      assertEquals(accepted, directory.stream().filter(e -> !e.hasGap()).count());
    }
  }

  @Test
  void eventsBeyondTheByteBudgetAreDroppedIntoGapsWhateverTheirCount() throws Exception {
    SegmentWriter segments = SegmentWriter.open(dir, "p", SegmentWriter.Options.defaults());
    long budget = (4L << 20) + 4096; // four of the 1 MiB statements below, with their headers
    // The writer holds the first event it takes until every offer is made, as a slow disk would.
    CountDownLatch offered = new CountDownLatch(1);
    UnaryOperator<CaptureEvent> slowDisk =
        e -> {
          try {
            offered.await();
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
          }
          return e;
        };
    CaptureWriter writer =
        CaptureWriter.start(segments, 1000, budget, Duration.ofMillis(50), slowDisk);
    // Twenty 1 MiB statements: a 1,000-event queue would take them all.
    String mebibyte = "x".repeat(1 << 20);
    int accepted = 0;
    for (int i = 0; i < 20; i++) {
      CaptureEvent big =
          event(i).toBuilder()
              .setStatement(Statement.newBuilder().setSql("SELECT '" + mebibyte + "'"))
              .build();
      if (writer.offer(big)) {
        accepted++;
      }
    }
    offered.countDown();
    writer.close();

    // Four fit the budget, and a fifth once the writer has taken the first off the queue.
    assertTrue(accepted >= 4 && accepted <= 5, accepted + " of 20 MiB queued under a 4 MiB budget");
    assertEquals(20, accepted + writer.dropped());
    try (CaptureDirectory directory = CaptureDirectory.open(dir)) {
      long lost =
          directory.stream()
              .filter(CaptureEvent::hasGap)
              .mapToLong(e -> e.getGap().getEventsLost())
              .sum();
      assertEquals(writer.dropped(), lost, "every dropped statement is in a gap record");
    }
  }

  @Test
  void everyDroppedEventIsInAGapRecordOfItsSession() throws Exception {
    CaptureWriter writer = startWriter(4, Duration.ofMillis(50));
    int sessions = 3;
    int perSession = 20_000;
    for (int i = 0; i < perSession; i++) {
      for (int session = 1; session <= sessions; session++) {
        writer.offer(event(session, i));
      }
    }
    writer.close();
    assertTrue(writer.dropped() > 0, "a 4-event queue must overflow");

    Map<Long, Long> captured = new HashMap<>();
    Map<Long, Long> lost = new HashMap<>();
    Map<Long, Long> lastSequence = new HashMap<>();
    try (CaptureDirectory directory = CaptureDirectory.open(dir)) {
      for (CaptureEvent e = directory.next(); e != null; e = directory.next()) {
        if (e.hasGap()) {
          CaptureGap gap = e.getGap();
          assertEquals(GapReason.GAP_QUEUE_FULL, gap.getReason());
          assertEquals(gap.getEventsLost(), gap.getStatementsLost());
          assertTrue(gap.getLastSequence() - gap.getFirstSequence() + 1 >= gap.getEventsLost());
          assertEquals(gap.getFirstSequence(), e.getSequence());
          lost.merge(e.getSessionId(), gap.getEventsLost(), Long::sum);
        } else {
          captured.merge(e.getSessionId(), 1L, Long::sum);
          Long previous = lastSequence.put(e.getSessionId(), e.getSequence());
          assertTrue(previous == null || previous < e.getSequence(), "session order kept");
        }
      }
    }
    for (long session = 1; session <= sessions; session++) {
      assertEquals(
          perSession,
          captured.getOrDefault(session, 0L) + lost.getOrDefault(session, 0L),
          "session " + session + ": every statement captured or counted in a gap");
    }
    assertEquals(writer.dropped(), lost.values().stream().mapToLong(Long::longValue).sum());
    assertTrue(writer.gapsWritten() > 0);
  }

  @Test
  void anEventLargerThanAFrameBecomesAGapAndTheSessionGoesOn() throws Exception {
    CaptureWriter writer = startWriter(100, Duration.ofMillis(50));
    byte[] tenMegabytes = new byte[10 * 1024 * 1024];
    CaptureEvent huge =
        CaptureEvent.newBuilder()
            .setProxyId("p")
            .setSessionId(1)
            .setSequence(2)
            .setStartUnixNanos(2)
            .setStatement(
                Statement.newBuilder()
                    .setSql("INSERT INTO blobs VALUES ($1, $2)")
                    .addParameters(
                        Parameter.newBuilder().setValue(ByteString.copyFrom(tenMegabytes)))
                    .addParameters(
                        Parameter.newBuilder().setValue(ByteString.copyFrom(tenMegabytes))))
            .build();
    assertTrue(writer.offer(event(1, 1)));
    assertTrue(writer.offer(huge));
    assertTrue(writer.offer(event(1, 3)));
    writer.close();

    List<CaptureEvent> events;
    try (CaptureDirectory directory = CaptureDirectory.open(dir)) {
      events = directory.stream().toList();
    }
    assertEquals(3, events.size(), events::toString);
    assertEquals(1, events.get(0).getSequence());
    CaptureGap gap = events.get(1).getGap();
    assertEquals(GapReason.GAP_EVENT_TOO_LARGE, gap.getReason());
    assertEquals(1, gap.getStatementsLost());
    assertEquals(2, gap.getFirstSequence());
    assertEquals(2, gap.getLastSequence());
    assertEquals(3, events.get(2).getSequence());
    assertEquals(1, writer.failed());
    assertEquals(2, writer.written());
  }

  @Test
  void closeWritesEverythingQueuedAndSeals() throws Exception {
    CaptureWriter writer = startWriter(1000, Duration.ofSeconds(10));
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

  @Test
  void aSegmentLeftActiveByAFailedSealIsSealedAndLoggedOnceTheDiskRecovers() throws Exception {
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    Logger logger = (Logger) LoggerFactory.getLogger(CaptureWriter.class);
    logger.addAppender(log);
    try {
      // A directory in the way of segment 1's sealed name makes its seal fail, as a failing disk
      // would; segment 2 takes the events after it.
      SegmentWriter segments =
          SegmentWriter.open(dir, "p", new SegmentWriter.Options(1024, Duration.ofHours(1), false));
      Path obstacle = Files.createDirectory(dir.resolve("p-00000000000000000001.seg"));
      CaptureWriter writer =
          CaptureWriter.start(
              segments, 1000, UNBOUNDED_BYTES, Duration.ofMillis(10), UnaryOperator.identity());
      for (int i = 0; i < 100; i++) {
        writer.offer(event(i));
      }
      awaitTrue(() -> writer.written() + writer.failed() == 100);
      Path stale = dir.resolve("p-00000000000000000001.seg.active");
      assertTrue(Files.exists(stale), "left active by the failed seal");

      Files.delete(obstacle);
      writer.offer(event(100)); // the next flush seals the left-over
      awaitTrue(() -> !Files.exists(stale));
      writer.close();

      String expected =
          "capture: sealed left-over active segment "
              + stale
              + " as p-00000000000000000001.seg, intact";
      assertTrue(
          log.list.stream().anyMatch(e -> e.getFormattedMessage().equals(expected)),
          "logged: " + log.list);
      try (CaptureDirectory directory = CaptureDirectory.open(dir)) {
        // Every statement but the one whose append ran into the failed seal, and its gap record.
        List<CaptureEvent> events = directory.stream().toList();
        assertEquals(100, events.stream().filter(CaptureEvent::hasStatement).count());
        assertEquals(1, events.stream().filter(CaptureEvent::hasGap).count());
        assertTrue(directory.files().stream().allMatch(f -> f.toString().endsWith(".seg")));
      }
    } finally {
      logger.detachAppender(log);
    }
  }

  /**
   * A writer over default segments in {@link #dir} that writes events as they are, with no byte
   * budget: what most tests need, so each names only the queue capacity and flush interval it is
   * about.
   */
  private CaptureWriter startWriter(int capacity, Duration flushInterval) throws IOException {
    SegmentWriter segments = SegmentWriter.open(dir, "p", SegmentWriter.Options.defaults());
    return CaptureWriter.start(
        segments, capacity, UNBOUNDED_BYTES, flushInterval, UnaryOperator.identity());
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "timed out");
      Thread.sleep(5);
    }
  }
}
