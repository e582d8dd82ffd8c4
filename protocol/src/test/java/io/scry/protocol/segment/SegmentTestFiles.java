package io.scry.protocol.segment;

import io.scry.protocol.v1.CaptureEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Writing and reading whole segment files in tests. */
final class SegmentTestFiles {

  private SegmentTestFiles() {}

  /** Writes {@code count} statements of proxy-a into one sealed segment and returns it. */
  static Path sealedSegment(Path dir, int count) throws IOException {
    try (SegmentWriter writer =
        SegmentWriter.open(dir, "proxy-a", SegmentWriter.Options.defaults())) {
      for (int i = 0; i < count; i++) {
        writer.append(TestEvents.statement("proxy-a", 1 + i % 3, i, TestEvents.T0 + i * 1000L));
      }
    }
    return dir.resolve("proxy-a-00000000000000000001.seg");
  }

  /** Offsets where the frames of {@code file} start, plus the end of the last frame. */
  static List<Long> frameBoundaries(Path file) throws IOException {
    List<Long> boundaries = new ArrayList<>();
    try (SegmentReader reader = SegmentReader.open(file)) {
      boundaries.add(reader.position());
      while (reader.nextFrame() != null) {
        boundaries.add(reader.position());
      }
    }
    return boundaries;
  }

  /** Everything {@code file} yields, stopping at damage. */
  static List<CaptureEvent> readAll(SegmentReader reader) throws IOException {
    List<CaptureEvent> events = new ArrayList<>();
    for (CaptureEvent event; (event = reader.next()) != null; ) {
      events.add(event);
    }
    return events;
  }

  /** Names of the segment files in {@code dir} (not the writer's lock file), sorted. */
  static List<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(file -> SegmentFileName.parse(file).isPresent())
          .map(file -> file.getFileName().toString())
          .sorted()
          .toList();
    }
  }
}
