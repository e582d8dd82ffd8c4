package io.scry.protocol.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.v1.CaptureEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentRoundTripUnitTests {

  @TempDir Path dir;

  @Test
  void manyEventsComeBackIdenticalAndInOrder() throws IOException {
    List<CaptureEvent> written = new ArrayList<>();
    try (SegmentWriter writer =
        SegmentWriter.open(dir, "proxy-a", SegmentWriter.Options.defaults())) {
      for (int i = 0; i < 20_000; i++) {
        CaptureEvent event =
            i % 97 == 0
                ? TestEvents.error("proxy-a", i % 50, i, TestEvents.T0 + i * 1000L)
                : TestEvents.statement("proxy-a", i % 50, i, TestEvents.T0 + i * 1000L);
        writer.append(event);
        written.add(event);
      }
    }
    List<Path> files = segments();
    assertEquals(1, files.size());
    assertTrue(files.get(0).getFileName().toString().equals("proxy-a-00000000000000000001.seg"));

    List<CaptureEvent> read = new ArrayList<>();
    try (SegmentReader reader = SegmentReader.open(files.get(0))) {
      assertEquals("proxy-a", reader.header().proxyId());
      for (CaptureEvent event; (event = reader.next()) != null; ) {
        read.add(event);
      }
      assertTrue(reader.damage().isEmpty());
      assertEquals(Files.size(files.get(0)), reader.position());
      assertNull(reader.next());
    }
    assertEquals(written, read);
  }

  private List<Path> segments() throws IOException {
    return SegmentTestFiles.fileNames(dir).stream().map(dir::resolve).toList();
  }
}
