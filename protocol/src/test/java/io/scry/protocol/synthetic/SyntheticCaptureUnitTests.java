package io.scry.protocol.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.v1.CaptureEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCaptureUnitTests {

  @TempDir Path tmp;

  @Test
  void everyVariantHasWholeSessionsInStartTimeOrder() {
    assertShape(SyntheticCapture.roundRobin(100, 7), 7, 100);
    assertShape(SyntheticCapture.staggered(20, 9, 4), 20, 180);
    assertShape(SyntheticCapture.items(5, 6, 2), 5, 30);
  }

  @Test
  void itemsAlternateInsertsAndSelects() {
    SyntheticCapture capture = SyntheticCapture.items(4, 5, 1);
    assertEquals(12, capture.statements(s -> s.getSql().startsWith("INSERT")));
    assertEquals(2, capture.countsByFingerprint().size());
    assertEquals(20, capture.countsByFingerprint().values().stream().mapToLong(n -> n).sum());
  }

  @Test
  void writtenSegmentsReadBackAsTheSameEvents() throws Exception {
    SyntheticCapture capture = SyntheticCapture.roundRobin(50, 3);
    assertEquals(56, capture.write(tmp));
    List<CaptureEvent> read;
    try (CaptureDirectory reader = CaptureDirectory.open(tmp)) {
      read = reader.stream().toList();
    }
    assertEquals(56, read.size());
    assertEquals(new HashSet<>(list(capture.events())), new HashSet<>(read));
  }

  private static void assertShape(SyntheticCapture capture, int sessions, long statements) {
    List<CaptureEvent> events = list(capture.events());
    assertEquals(statements, capture.statements());
    assertEquals(statements, events.stream().filter(CaptureEvent::hasStatement).count());
    assertEquals(sessions, events.stream().filter(CaptureEvent::hasSessionStart).count());
    assertEquals(sessions, events.stream().filter(CaptureEvent::hasSessionEnd).count());
    Set<Long> ids = new HashSet<>();
    for (int i = 0; i < events.size(); i++) {
      CaptureEvent event = events.get(i);
      assertEquals(capture.proxyId(), event.getProxyId());
      ids.add(event.getSessionId());
      if (i > 0) {
        assertTrue(events.get(i - 1).getStartUnixNanos() <= event.getStartUnixNanos());
      }
    }
    assertEquals(sessions, ids.size());
    assertEquals(events, list(capture.events()), "generated anew, the same each time");
  }

  private static List<CaptureEvent> list(Iterator<CaptureEvent> events) {
    List<CaptureEvent> list = new ArrayList<>();
    events.forEachRemaining(list::add);
    return list;
  }
}
