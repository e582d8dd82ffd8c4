package io.scry.protocol.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.CaptureGap;
import io.scry.protocol.v1.GapReason;
import io.scry.protocol.v1.SessionStart;
import io.scry.protocol.v1.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureDirectoryUnitTests {

  private static final SegmentWriter.Options SMALL =
      new SegmentWriter.Options(16 * 1024, Duration.ofMinutes(5), false);

  @TempDir Path dir;

  @Test
  void twoProxiesMergeInCaptureOrderAndEverySessionKeepsItsSequence() throws IOException {
    List<CaptureEvent> all = new ArrayList<>();
    all.addAll(capture(dir.resolve("proxy-a"), "proxy-a", 1));
    all.addAll(capture(dir.resolve("proxy-b"), "proxy-b", 2));

    List<CaptureEvent> merged = new ArrayList<>();
    try (CaptureDirectory capture = CaptureDirectory.open(dir)) {
      assertTrue(capture.files().size() > 4, "several segments per proxy: " + capture.files());
      for (CaptureEvent event; (event = capture.next()) != null; ) {
        merged.add(event);
      }
      assertEquals(List.of(), capture.damages());
    }
    assertEquals(all.size(), merged.size());
    for (int i = 1; i < merged.size(); i++) {
      assertTrue(
          CaptureOrder.eventTime(merged.get(i - 1)) <= CaptureOrder.eventTime(merged.get(i)),
          "capture order at " + i);
    }
    Map<String, Long> lastSequence = new HashMap<>();
    for (CaptureEvent event : merged) {
      String session = event.getProxyId() + "/" + event.getSessionId();
      Long previous = lastSequence.put(session, event.getSequence());
      assertEquals(previous == null ? 0 : previous + 1, event.getSequence(), session);
    }
  }

  @Test
  void summaryCountsEventsSessionsErrorsProxiesAndSpan() throws IOException {
    List<CaptureEvent> all = new ArrayList<>(capture(dir.resolve("a"), "proxy-a", 1));
    all.addAll(capture(dir.resolve("b"), "proxy-b", 2));
    try (CaptureDirectory capture = CaptureDirectory.open(dir)) {
      CaptureSummary summary = capture.summarize();
      // per proxy: 20 sessions x (start + 30 statements + end)
      assertEquals(2 * 20 * 32, summary.events());
      assertEquals(2 * 20 * 30, summary.statements());
      assertEquals(40, summary.sessions());
      assertEquals(Map.of("proxy-a", 640L, "proxy-b", 640L), summary.eventsPerProxy());
      assertEquals(summary.errors(), summary.errorsBySqlstate().get("42P01"));
      assertTrue(summary.errors() > 0);
      long first = all.stream().mapToLong(CaptureEvent::getStartUnixNanos).min().orElseThrow();
      long last =
          all.stream()
              .mapToLong(event -> event.getStartUnixNanos() + event.getDurationNanos())
              .max()
              .orElseThrow();
      assertEquals(first, summary.firstStartUnixNanos());
      assertEquals(Duration.ofNanos(last - first), summary.span());
      assertEquals(capture.files().size(), summary.files());
    }
  }

  @Test
  void damagedFilesAreReadUpToTheDamageAndReported() throws IOException {
    Path proxyDir = dir.resolve("a");
    List<CaptureEvent> written = capture(proxyDir, "proxy-a", 1);
    Path first = proxyDir.resolve("proxy-a-00000000000000000001.seg");
    byte[] bytes = Files.readAllBytes(first);
    long corruptAt = SegmentTestFiles.frameBoundaries(first).get(4);
    bytes[(int) corruptAt + 9] ^= 1;
    Files.write(first, bytes);
    Files.writeString(proxyDir.resolve("proxy-a-00000000000000000099.seg"), "garbage");

    try (CaptureDirectory capture = CaptureDirectory.open(dir)) {
      CaptureSummary summary = capture.summarize();
      assertTrue(summary.events() < written.size() && summary.events() > 4);
      assertEquals(2, summary.damages().size(), summary.damages().toString());
      SegmentDamage crc = summary.damages().get(0);
      assertEquals(first, crc.file());
      assertEquals(corruptAt, crc.offset());
      assertEquals(SegmentDamage.Kind.CORRUPT, crc.kind());
      assertEquals(0, summary.damages().get(1).offset());
    }
  }

  @Test
  void anEmptyDirectoryOrEmptyFilesYieldNothing() throws IOException {
    Files.createDirectories(dir.resolve("nested/empty"));
    Files.write(dir.resolve("nested/proxy-a-00000000000000000001.seg.active"), new byte[0]);
    Files.writeString(dir.resolve("README.txt"), "not a segment, ignored");
    try (CaptureDirectory capture = CaptureDirectory.open(dir)) {
      assertNull(capture.next());
      CaptureSummary summary = capture.summarize();
      assertEquals(0, summary.events());
      assertEquals(0, summary.firstStartUnixNanos());
      assertEquals(Duration.ZERO, summary.span());
      assertEquals(SegmentDamage.Kind.TORN_TAIL, summary.damages().get(0).kind());
    }
  }

  @Test
  void gapRecordsComeInTheirSessionAndMakeTheCaptureIncomplete() throws IOException {
    try (SegmentWriter writer = SegmentWriter.open(dir, "p", SegmentWriter.Options.defaults())) {
      writer.append(event(1, 0, 100).setSessionStart(SessionStart.getDefaultInstance()).build());
      writer.append(event(1, 1, 200).setStatement(Statement.getDefaultInstance()).build());
      // sequences 2..4 lost (a full queue), recorded before the next event of the session
      writer.append(
          event(1, 2, 300)
              .setGap(
                  CaptureGap.newBuilder()
                      .setReason(GapReason.GAP_QUEUE_FULL)
                      .setEventsLost(3)
                      .setStatementsLost(3)
                      .setFirstSequence(2)
                      .setLastSequence(4))
              .build());
      writer.append(event(1, 5, 600).setStatement(Statement.getDefaultInstance()).build());
      writer.append(event(2, 1, 250).setStatement(Statement.getDefaultInstance()).build());
    }
    List<Long> sessionOneSequences = new ArrayList<>();
    CaptureSummary summary;
    try (CaptureDirectory capture = CaptureDirectory.open(dir)) {
      for (CaptureEvent e; (e = capture.next()) != null; ) {
        if (e.getSessionId() == 1) {
          sessionOneSequences.add(e.getSequence());
        }
      }
    }
    assertEquals(List.of(0L, 1L, 2L, 5L), sessionOneSequences);
    try (CaptureDirectory capture = CaptureDirectory.open(dir)) {
      summary = capture.summarize();
    }
    CaptureCompleteness completeness = summary.completeness();
    assertEquals(3, summary.statements());
    assertEquals(3, completeness.statementsCaptured());
    assertEquals(3, completeness.statementsLost());
    assertEquals(0.5, completeness.ratio());
    assertEquals(Map.of(GapReason.GAP_QUEUE_FULL, 3L), completeness.lostByReason());
    assertEquals(1, completeness.incompleteSessions().size());
    CaptureCompleteness.Session session = completeness.incompleteSessions().get(0);
    assertEquals(1, session.sessionId());
    assertEquals(2, session.statementsCaptured());
    assertEquals(3, session.statementsLost());
  }

  private static CaptureEvent.Builder event(long session, long sequence, long start) {
    return TestEvents.event("p", session, sequence, start);
  }

  @Test
  void aMissingDirectoryIsAnError() {
    assertThrows(NoSuchFileException.class, () -> CaptureDirectory.open(dir.resolve("missing")));
  }

  /**
   * Writes 20 interleaved sessions of one proxy the way a proxy does: each event is appended when
   * it completes, so the files are ordered by completion, not by start.
   */
  private static List<CaptureEvent> capture(Path dir, String proxy, long seed) throws IOException {
    Random random = new Random(seed);
    record Timed(long end, CaptureEvent event) {}
    PriorityQueue<Timed> completions = new PriorityQueue<>(Comparator.comparingLong(Timed::end));
    for (int session = 1; session <= 20; session++) {
      long t = TestEvents.T0 + random.nextInt(1_000_000);
      List<CaptureEvent> events = new ArrayList<>();
      events.add(TestEvents.sessionStart(proxy, session, t));
      for (int sequence = 1; sequence <= 30; sequence++) {
        t += 10_000 + random.nextInt(500_000);
        events.add(
            sequence % 11 == 0
                ? TestEvents.error(proxy, session, sequence, t)
                : TestEvents.statement(proxy, session, sequence, t));
      }
      events.add(TestEvents.sessionEnd(proxy, session, 31, t + 1));
      for (CaptureEvent event : events) {
        long duration = 5_000 + random.nextInt(2_000_000);
        CaptureEvent timed = event.toBuilder().setDurationNanos(duration).build();
        completions.add(new Timed(timed.getStartUnixNanos() + duration, timed));
      }
    }
    List<CaptureEvent> written = new ArrayList<>();
    try (SegmentWriter writer = SegmentWriter.open(dir, proxy, SMALL)) {
      // a session's next event only starts after the previous one completed, so keep that order
      Map<Long, Long> lastSequence = new HashMap<>();
      List<Timed> waiting = new ArrayList<>();
      while (!completions.isEmpty()) {
        waiting.add(completions.poll());
        for (var it = waiting.iterator(); it.hasNext(); ) {
          CaptureEvent event = it.next().event();
          long expected = lastSequence.getOrDefault(event.getSessionId(), -1L) + 1;
          if (event.getSequence() == expected) {
            writer.append(event);
            written.add(event);
            lastSequence.put(event.getSessionId(), expected);
            it.remove();
            it = waiting.iterator();
          }
        }
      }
      assertEquals(List.of(), waiting);
    }
    boolean unordered = false;
    for (int i = 1; i < written.size(); i++) {
      unordered |= written.get(i).getStartUnixNanos() < written.get(i - 1).getStartUnixNanos();
    }
    assertTrue(unordered, "the files are not already in start order, so merging has work to do");
    return written;
  }
}
