package io.scry.proxy;

import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Statement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads what a proxy wrote, for assertions. */
final class Captures {

  private final List<CaptureEvent> events;

  private Captures(List<CaptureEvent> events) {
    this.events = events;
  }

  static Captures read(Path dir) throws IOException {
    List<CaptureEvent> events = new ArrayList<>();
    try (CaptureDirectory directory = CaptureDirectory.open(dir)) {
      if (!directory.damages().isEmpty()) {
        throw new AssertionError("damaged capture: " + directory.damages());
      }
      for (CaptureEvent e = directory.next(); e != null; e = directory.next()) {
        events.add(e);
      }
    }
    events.sort(
        Comparator.comparingLong(CaptureEvent::getSessionId)
            .thenComparingLong(CaptureEvent::getSequence));
    return new Captures(events);
  }

  List<CaptureEvent> events() {
    return events;
  }

  /** Statements of every session, in session and sequence order. */
  List<Statement> statements() {
    return events.stream()
        .filter(CaptureEvent::hasStatement)
        .map(CaptureEvent::getStatement)
        .toList();
  }

  /** Statements whose SQL is not one of the drivers' own session set-up statements. */
  List<Statement> statementsMatching(String sqlFragment) {
    return statements().stream().filter(s -> s.getSql().contains(sqlFragment)).toList();
  }

  List<CaptureEvent> sessionStarts() {
    return events.stream().filter(CaptureEvent::hasSessionStart).toList();
  }

  List<CaptureEvent> sessionEnds() {
    return events.stream().filter(CaptureEvent::hasSessionEnd).toList();
  }
}
