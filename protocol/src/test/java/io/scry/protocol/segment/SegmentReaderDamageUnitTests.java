package io.scry.protocol.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.v1.CaptureEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentReaderDamageUnitTests {

  private static final int EVENTS = 20;

  @TempDir Path dir;
  private byte[] original;
  private List<Long> boundaries;
  private List<CaptureEvent> events;

  @BeforeEach
  void writeSegment() throws IOException {
    Path segment = SegmentTestFiles.sealedSegment(dir.resolve("source"), EVENTS);
    original = Files.readAllBytes(segment);
    boundaries = SegmentTestFiles.frameBoundaries(segment);
    try (SegmentReader reader = SegmentReader.open(segment)) {
      events = SegmentTestFiles.readAll(reader);
    }
    assertEquals(EVENTS + 1, boundaries.size());
  }

  @Test
  void truncationAtEveryByteOfTheLastFramesKeepsEveryCompleteFrameAndReportsTheTornTail()
      throws IOException {
    Path cut = dir.resolve("proxy-a-00000000000000000001.seg.active");
    long firstCut = boundaries.get(EVENTS - 3);
    for (long length = firstCut; length < original.length; length++) {
      Files.write(cut, Arrays.copyOf(original, (int) length));
      int complete = completeFramesWithin(length);
      long goodEnd = boundaries.get(complete);
      try (SegmentReader reader = SegmentReader.open(cut)) {
        assertEquals(
            events.subList(0, complete), SegmentTestFiles.readAll(reader), "cut " + length);
        assertEquals(goodEnd, reader.position(), "cut " + length);
        if (length == goodEnd) {
          assertTrue(reader.damage().isEmpty(), "cut on a frame boundary at " + length);
        } else {
          SegmentDamage damage = reader.damage().orElseThrow();
          assertEquals(SegmentDamage.Kind.TORN_TAIL, damage.kind(), "cut " + length);
          assertEquals(cut, damage.file());
          assertEquals(goodEnd, damage.offset(), "cut " + length);
          assertTrue(damage.toString().contains(cut.toString()), damage.toString());
          assertTrue(damage.toString().contains("offset " + goodEnd), damage.toString());
        }
      }
    }
  }

  @Test
  void aFlippedByteAnywhereInAFrameIsCorruptionAtThatFrameNeverSkipped() throws IOException {
    Path file = dir.resolve("flipped.seg");
    for (int frame : new int[] {0, 9, EVENTS - 4}) {
      long start = boundaries.get(frame);
      long end = boundaries.get(frame + 1);
      for (long at = start; at < end; at++) {
        byte[] bytes = original.clone();
        bytes[(int) at] ^= (byte) 0xFF;
        Files.write(file, bytes);
        try (SegmentReader reader = SegmentReader.open(file)) {
          assertEquals(events.subList(0, frame), SegmentTestFiles.readAll(reader), "flip " + at);
          long flipped = at;
          SegmentDamage damage =
              reader.damage().orElseThrow(() -> new AssertionError("flip " + flipped));
          assertEquals(SegmentDamage.Kind.CORRUPT, damage.kind(), "flip at " + at + ": " + damage);
          assertEquals(start, damage.offset(), "flip " + at);
          assertEquals(start, reader.position(), "flip " + at);
          assertEquals(file, damage.file());
        }
      }
    }
  }

  @Test
  void rawFramesAreCrcCheckedToo() throws IOException {
    Path file = dir.resolve("flipped.seg");
    byte[] bytes = original.clone();
    int payloadByte = (int) (boundaries.get(5) + SegmentFrames.FRAME_HEADER_BYTES + 3);
    bytes[payloadByte] ^= 0x01;
    Files.write(file, bytes);
    try (SegmentReader reader = SegmentReader.open(file)) {
      for (int i = 0; i < 5; i++) {
        assertEquals(
            Arrays.toString(SegmentFrames.encode(events.get(i))),
            Arrays.toString(reader.nextFrame()));
      }
      assertEquals(null, reader.nextFrame());
      SegmentDamage damage = reader.damage().orElseThrow();
      assertEquals(SegmentDamage.Kind.CORRUPT, damage.kind());
      assertTrue(damage.message().contains("CRC32C"), damage.message());
      assertEquals(boundaries.get(5), damage.offset());
    }
  }

  @Test
  void anImpossibleLengthIsCorruption() throws IOException {
    Path file = dir.resolve("huge.seg");
    byte[] bytes = original.clone();
    int lengthField = (int) (long) boundaries.get(3);
    bytes[lengthField] = 0x01; // 16 MiB + something: more than any frame may hold
    Files.write(file, bytes);
    try (SegmentReader reader = SegmentReader.open(file)) {
      assertEquals(3, SegmentTestFiles.readAll(reader).size());
      SegmentDamage damage = reader.damage().orElseThrow();
      assertEquals(SegmentDamage.Kind.CORRUPT, damage.kind());
      assertTrue(damage.message().contains("impossible frame length"), damage.message());
    }
  }

  @Test
  void aGoodCrcOverAPayloadThatIsNoCaptureEventIsCorruption() throws IOException {
    byte[] garbage = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    byte[] frame = new byte[SegmentFrames.FRAME_HEADER_BYTES + garbage.length];
    java.nio.ByteBuffer.wrap(frame)
        .putInt(garbage.length)
        .putInt(SegmentFrames.crc32c(garbage, 0, garbage.length))
        .put(garbage);
    Path file = dir.resolve("garbage.seg");
    byte[] bytes = Arrays.copyOf(original, original.length + frame.length);
    System.arraycopy(frame, 0, bytes, original.length, frame.length);
    Files.write(file, bytes);
    try (SegmentReader reader = SegmentReader.open(file)) {
      assertEquals(events, SegmentTestFiles.readAll(reader));
      SegmentDamage damage = reader.damage().orElseThrow();
      assertEquals(SegmentDamage.Kind.CORRUPT, damage.kind());
      assertEquals(original.length, damage.offset());
      assertTrue(damage.message().contains("not a CaptureEvent"), damage.message());
    }
  }

  @Test
  void aZeroFilledTailIsATornTailNotEvents() throws IOException {
    Path file = dir.resolve("zeros.seg.active");
    Files.write(file, Arrays.copyOf(original, original.length + 4096));
    try (SegmentReader reader = SegmentReader.open(file)) {
      assertEquals(events, SegmentTestFiles.readAll(reader));
      SegmentDamage damage = reader.damage().orElseThrow();
      assertEquals(SegmentDamage.Kind.TORN_TAIL, damage.kind());
      assertEquals(original.length, damage.offset());
      assertEquals(original.length, reader.position());
    }
  }

  @Test
  void badMagicVersionOrHeaderChecksumIsAnErrorNamingTheFile() throws IOException {
    Path file = dir.resolve("bad-header.seg");
    byte[] badMagic = original.clone();
    badMagic[0] = 'X';
    byte[] badVersion = original.clone();
    badVersion[SegmentHeader.MAGIC.length + 1] = 9;
    byte[] badHeaderCrc = original.clone();
    badHeaderCrc[SegmentHeader.PREFIX_BYTES + 2] ^= 0x20; // inside the proxy id
    for (byte[] bytes : List.of(badMagic, badVersion, badHeaderCrc)) {
      Files.write(file, bytes);
      IOException error = assertThrows(IOException.class, () -> SegmentReader.open(file));
      assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
    }
    Files.writeString(file, "hello, this is not a segment");
    IOException error = assertThrows(IOException.class, () -> SegmentReader.open(file));
    assertTrue(error.getMessage().contains("bad magic"), error.getMessage());
  }

  @Test
  void anEmptyFileOrATornHeaderHasNoEventsAndATornTailAtOffsetZero() throws IOException {
    Path file = dir.resolve("proxy-a-00000000000000000009.seg.active");
    int headerBytes = (int) (long) boundaries.get(0);
    for (int length = 0; length < headerBytes; length++) {
      Files.write(file, Arrays.copyOf(original, length));
      try (SegmentReader reader = SegmentReader.open(file)) {
        assertEquals(null, reader.header());
        assertEquals(null, reader.next());
        SegmentDamage damage = reader.damage().orElseThrow();
        assertEquals(SegmentDamage.Kind.TORN_TAIL, damage.kind());
        assertEquals(0, damage.offset());
      }
    }
  }

  @Test
  void aSegmentWithOnlyItsHeaderIsEmptyAndUndamaged() throws IOException {
    Path file = dir.resolve("header-only.seg");
    Files.write(file, Arrays.copyOf(original, (int) (long) boundaries.get(0)));
    try (SegmentReader reader = SegmentReader.open(file)) {
      assertEquals(null, reader.next());
      assertTrue(reader.damage().isEmpty());
    }
  }

  @Test
  void readingResumesAtAnEarlierPosition() throws IOException {
    Path file = dir.resolve("resume.seg");
    Files.write(file, original);
    long position;
    try (SegmentReader reader = SegmentReader.open(file)) {
      for (int i = 0; i < 7; i++) {
        reader.next();
      }
      position = reader.position();
    }
    try (SegmentReader reader = SegmentReader.open(file, position)) {
      assertEquals(events.subList(7, EVENTS), SegmentTestFiles.readAll(reader));
    }
    assertThrows(IllegalArgumentException.class, () -> SegmentReader.open(file, 3));
    assertThrows(
        IllegalArgumentException.class, () -> SegmentReader.open(file, original.length + 1L));
  }

  private int completeFramesWithin(long length) {
    int complete = 0;
    while (complete < EVENTS && boundaries.get(complete + 1) <= length) {
      complete++;
    }
    return complete;
  }
}
