package io.scry.coordinator.store;

import io.scry.protocol.segment.SegmentFileName;
import io.scry.protocol.segment.SegmentReader;
import io.scry.protocol.v1.CaptureEvent;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Per-segment statistics for {@link CaptureStore#list()}: a sealed segment is read once, an active
 * one only from where the previous look stopped.
 */
final class SegmentStatsCache {

  /** Keyed by the sealed file's path, which an active segment also reaches once sealed. */
  private final ConcurrentMap<Path, SegmentStats> stats = new ConcurrentHashMap<>();

  SegmentStats of(Path file) throws IOException {
    SegmentFileName name = SegmentFileName.parse(file).orElseThrow();
    Path sealedFile = file.resolveSibling(name.sealed().fileName());
    SegmentStats known = stats.getOrDefault(sealedFile, SegmentStats.NONE);
    if (known.complete()) {
      return known;
    }
    SegmentStats updated;
    try {
      updated = readFrom(file, known, !name.active());
    } catch (NoSuchFileException sealedMeanwhile) {
      updated = readFrom(sealedFile, known, true);
    }
    stats.put(sealedFile, updated);
    return updated;
  }

  private static SegmentStats readFrom(Path file, SegmentStats known, boolean sealed)
      throws IOException {
    long events = known.events();
    long min = known.minStartUnixNanos();
    long max = known.maxStartUnixNanos();
    try (SegmentReader reader = SegmentReader.open(file, known.position())) {
      for (CaptureEvent event; (event = reader.next()) != null; ) {
        events++;
        min = Math.min(min, event.getStartUnixNanos());
        max = Math.max(max, event.getStartUnixNanos());
      }
      long position = reader.header() == null ? 0 : reader.position();
      return new SegmentStats(position, events, min, max, sealed);
    }
  }
}
