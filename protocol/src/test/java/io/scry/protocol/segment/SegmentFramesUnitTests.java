package io.scry.protocol.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.v1.CaptureEvent;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentFramesUnitTests {

  private final List<CaptureEvent> events = new ArrayList<>();
  private final List<Integer> boundaries = new ArrayList<>();
  private final byte[] frames = shippedFrames(8);

  @Test
  void shippedFramesValidateAndDecodeInOrder() throws SegmentCorruptionException {
    assertEquals(8, SegmentFrames.validate(ByteBuffer.wrap(frames)));
    assertEquals(events, SegmentFrames.decodeAll(ByteBuffer.wrap(frames)));
    assertEquals(0, SegmentFrames.validate(ByteBuffer.allocate(0)));
  }

  @Test
  void validationReadsFromThePositionOfHeapAndDirectBuffersWithoutMovingIt()
      throws SegmentCorruptionException {
    ByteBuffer direct = ByteBuffer.allocateDirect(frames.length + 3);
    direct.put(new byte[] {9, 9, 9}).put(frames).flip().position(3);
    assertEquals(8, SegmentFrames.validate(direct));
    assertEquals(3, direct.position());

    ByteBuffer heap = ByteBuffer.wrap(frames, boundaries.get(2), frames.length - boundaries.get(2));
    assertEquals(events.subList(2, 8), SegmentFrames.decodeAll(heap));
  }

  @Test
  void aRangeEndingInsideAFrameIsATornTailAtThatFrame() {
    for (int cut = boundaries.get(7) + 1; cut < frames.length; cut++) {
      SegmentCorruptionException error =
          assertThrows(
              SegmentCorruptionException.class,
              validating(Arrays.copyOf(frames, cut)),
              "cut " + cut);
      assertEquals(SegmentDamage.Kind.TORN_TAIL, error.kind(), error.getMessage());
      assertEquals(boundaries.get(7).longValue(), error.offset(), "cut " + cut);
    }
  }

  @Test
  void aFlippedByteIsCorruptionAtItsFrame() {
    for (int at = boundaries.get(3); at < boundaries.get(4); at++) {
      byte[] bytes = frames.clone();
      bytes[at] ^= 0x10;
      SegmentCorruptionException error =
          assertThrows(SegmentCorruptionException.class, validating(bytes), "flip " + at);
      assertEquals(SegmentDamage.Kind.CORRUPT, error.kind(), error.getMessage());
      assertEquals(boundaries.get(3).longValue(), error.offset());
    }
  }

  @Test
  void aShippedHeaderParsesOnceComplete() throws java.io.IOException {
    SegmentHeader written = new SegmentHeader("proxy-a", SpoolId.random(), TestEvents.T0);
    byte[] header = written.encode();
    assertEquals(40 + "proxy-a".length(), header.length);
    ByteBuffer chunk = ByteBuffer.allocate(header.length + frames.length).put(header).put(frames);
    chunk.flip();
    SegmentHeader parsed = SegmentHeader.parse(chunk).orElseThrow();
    assertEquals(written, parsed);
    assertEquals(0, chunk.position());
    assertEquals(8, SegmentFrames.validate(chunk.position(parsed.length())));
    assertEquals(
        java.util.Optional.empty(),
        SegmentHeader.parse(ByteBuffer.wrap(header, 0, header.length - 1)));
    header[0] = 'X';
    assertThrows(java.io.IOException.class, () -> SegmentHeader.parse(ByteBuffer.wrap(header)));
  }

  @Test
  void aVersionOneHeaderWithoutASpoolIdParsesAsTheLegacySpool() throws java.io.IOException {
    // Written byte for byte as format version 1 lays it out, not through the encoder.
    byte[] id = "proxy-a".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ByteBuffer v1 = ByteBuffer.allocate(24 + id.length);
    v1.put("SCRYSEG\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    v1.putShort((short) 1).putShort((short) id.length).put(id).putLong(TestEvents.T0);
    v1.putInt(SegmentFrames.crc32c(v1.array(), 0, v1.position()));
    byte[] header = v1.array();

    SegmentHeader parsed = SegmentHeader.parse(ByteBuffer.wrap(header)).orElseThrow();

    assertEquals(new SegmentHeader("proxy-a", SpoolId.LEGACY, TestEvents.T0), parsed);
    assertEquals(header.length, parsed.length());
    assertArrayEquals(header, parsed.encode());
  }

  @Test
  void anUnknownHeaderVersionIsRefusedNamingTheVersionsThisBuildReads() {
    byte[] header = new SegmentHeader("proxy-a", SpoolId.random(), TestEvents.T0).encode();
    header[9] = 3;
    java.io.IOException error =
        assertThrows(java.io.IOException.class, () -> SegmentHeader.parse(ByteBuffer.wrap(header)));
    assertTrue(
        error.getMessage().contains("version 3 (this build reads 1 and 2)"), error.getMessage());
  }

  @Test
  void theProblemIsAvailableWithoutTheRelativeOffset() {
    byte[] bytes = frames.clone();
    bytes[boundaries.get(2) + 9] ^= 1;
    SegmentCorruptionException error =
        assertThrows(SegmentCorruptionException.class, validating(bytes));
    assertEquals(error.problem() + " at offset " + boundaries.get(2), error.getMessage());
  }

  private static org.junit.jupiter.api.function.Executable validating(byte[] bytes) {
    return () -> SegmentFrames.validate(ByteBuffer.wrap(bytes));
  }

  private byte[] shippedFrames(int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < count; i++) {
      CaptureEvent event = TestEvents.statement("proxy-a", 3, i + 1, TestEvents.T0 + i);
      events.add(event);
      boundaries.add(out.size());
      out.writeBytes(SegmentFrames.encode(event));
    }
    boundaries.add(out.size());
    return out.toByteArray();
  }
}
