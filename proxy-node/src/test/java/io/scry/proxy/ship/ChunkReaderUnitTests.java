package io.scry.proxy.ship;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.segment.SegmentDamage;
import io.scry.protocol.segment.SegmentFrames;
import io.scry.protocol.segment.SegmentWriter;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Statement;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the shipper reads from segment files that are still being written. */
class ChunkReaderUnitTests {

  @TempDir Path dir;

  @Test
  void shipsTheHeaderAndWholeFramesButNotATornTail() throws IOException {
    Path file = writeActive(10);
    long good = Files.size(file);
    byte[] half = Arrays.copyOf(SegmentFrames.encode(event(10)), 20);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.APPEND)) {
      channel.write(ByteBuffer.wrap(half));
    }

    ChunkReader.Read read = ChunkReader.read(file, 0, 1 << 20);

    assertArrayEquals(Arrays.copyOf(Files.readAllBytes(file), (int) good), read.data());
    assertEquals(good, read.endOffset());
    assertTrue(read.exhausted());
    assertEquals(SegmentDamage.Kind.TORN_TAIL, read.damage().orElseThrow().kind());
    assertEquals(0, ChunkReader.read(file, good, 1 << 20).data().length, "nothing new yet");
  }

  @Test
  void chunksStopAtTheSizeLimitOnFrameBoundaries() throws IOException {
    Path file = writeActive(3);
    byte[] all = Files.readAllBytes(file);
    int frame = SegmentFrames.encode(event(0)).length;
    int header = all.length - 3 * frame;

    ChunkReader.Read first = ChunkReader.read(file, 0, 1);
    assertEquals(header + frame, first.data().length, "header and one whole frame");
    assertFalse(first.exhausted());
    ChunkReader.Read rest = ChunkReader.read(file, first.endOffset(), 1 << 20);
    assertEquals(2 * frame, rest.data().length);
    assertTrue(rest.exhausted());
    assertTrue(rest.damage().isEmpty());
    assertEquals(all.length, rest.endOffset());
  }

  @Test
  void listsOnlyThisProxysSegmentsInSequenceOrder() throws IOException {
    try (SegmentWriter writer =
        SegmentWriter.open(
            dir, "p1", new SegmentWriter.Options(1024, Duration.ofHours(1), false))) {
      for (int n = 0; n < 150; n++) {
        writer.append(event(n));
      }
      writer.flush();
      Files.write(dir.resolve("p2-00000000000000000001.seg"), new byte[] {1});
      Files.write(dir.resolve("notes.txt"), new byte[] {1});

      List<LocalSegment> segments = LocalSegment.list(dir, "p1");

      assertTrue(segments.size() > 2);
      for (int i = 0; i < segments.size(); i++) {
        assertEquals(String.format("p1-%020d", i + 1), segments.get(i).name());
        assertEquals(i < segments.size() - 1, segments.get(i).sealed());
      }
    }
    assertTrue(LocalSegment.list(dir.resolve("missing"), "p1").isEmpty());
  }

  private Path writeActive(int events) throws IOException {
    SegmentWriter writer =
        SegmentWriter.open(
            dir, "p1", new SegmentWriter.Options(1 << 20, Duration.ofHours(1), false));
    for (int n = 0; n < events; n++) {
      writer.append(event(n));
    }
    writer.flush();
    return writer.activeFile(); // left open: the segment stays active, as in a running proxy
  }

  private static CaptureEvent event(int n) {
    return CaptureEvent.newBuilder()
        .setProxyId("p1")
        .setSessionId(1)
        .setSequence(n + 1)
        .setStartUnixNanos(1_700_000_000_000_000_000L + n)
        .setStatement(Statement.newBuilder().setSql("SELECT " + (100 + n)))
        .build();
  }
}
