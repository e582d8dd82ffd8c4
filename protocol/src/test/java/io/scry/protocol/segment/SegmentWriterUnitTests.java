package io.scry.protocol.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.v1.CaptureEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentWriterUnitTests {

  private static final SegmentWriter.Options SMALL =
      new SegmentWriter.Options(4096, Duration.ofMinutes(5), false);

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock();

  @Test
  void segmentsRotateBeforeTheyWouldExceedTheMaximumSize() throws IOException {
    List<CaptureEvent> written = new ArrayList<>();
    try (SegmentWriter writer = SegmentWriter.open(dir, "proxy-a", SMALL, clock)) {
      for (int i = 0; i < 300; i++) {
        CaptureEvent event = TestEvents.statement("proxy-a", 1, i, TestEvents.T0 + i);
        writer.append(event);
        written.add(event);
      }
    }
    List<String> names = SegmentTestFiles.fileNames(dir);
    assertTrue(names.size() > 5, names.toString());
    assertEquals("proxy-a-00000000000000000001.seg", names.get(0));
    List<CaptureEvent> read = new ArrayList<>();
    for (String name : names) {
      Path file = dir.resolve(name);
      assertTrue(name.endsWith(".seg"), name);
      assertTrue(Files.size(file) <= SMALL.maxSegmentBytes(), name + " " + Files.size(file));
      try (SegmentReader reader = SegmentReader.open(file)) {
        read.addAll(SegmentTestFiles.readAll(reader));
        assertTrue(reader.damage().isEmpty());
      }
    }
    assertEquals(written, read);
  }

  @Test
  void aFrameLargerThanTheMaximumGetsASegmentOfItsOwn() throws IOException {
    CaptureEvent big =
        TestEvents.statement("proxy-a", 1, 2, TestEvents.T0).toBuilder()
            .setStatement(
                TestEvents.statement("proxy-a", 1, 2, TestEvents.T0).getStatement().toBuilder()
                    .setSql("SELECT '" + "x".repeat(300_000) + "'"))
            .build();
    try (SegmentWriter writer = SegmentWriter.open(dir, "proxy-a", SMALL, clock)) {
      writer.append(TestEvents.statement("proxy-a", 1, 1, TestEvents.T0));
      writer.append(big);
      writer.append(TestEvents.statement("proxy-a", 1, 3, TestEvents.T0));
    }
    List<String> names = SegmentTestFiles.fileNames(dir);
    assertEquals(3, names.size());
    try (SegmentReader reader = SegmentReader.open(dir.resolve(names.get(1)))) {
      assertEquals(List.of(big), SegmentTestFiles.readAll(reader));
    }
  }

  @Test
  void segmentsRotateByAgeOnAppendAndOnFlush() throws IOException {
    SegmentWriter.Options options =
        new SegmentWriter.Options(1 << 20, Duration.ofSeconds(10), false);
    try (SegmentWriter writer = SegmentWriter.open(dir, "proxy-a", options, clock)) {
      writer.append(TestEvents.statement("proxy-a", 1, 1, TestEvents.T0));
      clock.advance(Duration.ofSeconds(9));
      writer.append(TestEvents.statement("proxy-a", 1, 2, TestEvents.T0));
      assertEquals(
          List.of("proxy-a-00000000000000000001.seg.active"), SegmentTestFiles.fileNames(dir));

      clock.advance(Duration.ofSeconds(1));
      writer.append(TestEvents.statement("proxy-a", 1, 3, TestEvents.T0));
      assertEquals(
          List.of("proxy-a-00000000000000000001.seg", "proxy-a-00000000000000000002.seg.active"),
          SegmentTestFiles.fileNames(dir));

      clock.advance(Duration.ofSeconds(10));
      writer.flush();
      assertNull(writer.activeFile(), "an old segment is sealed by a flush, no new one opened");
      assertEquals(
          List.of("proxy-a-00000000000000000001.seg", "proxy-a-00000000000000000002.seg"),
          SegmentTestFiles.fileNames(dir));
    }
    try (SegmentReader reader =
        SegmentReader.open(dir.resolve("proxy-a-00000000000000000001.seg"))) {
      assertEquals(2, SegmentTestFiles.readAll(reader).size());
      assertEquals(
          clock.instant().minusSeconds(20).toEpochMilli() * 1_000_000L,
          reader.header().createdUnixNanos());
    }
  }

  @Test
  void flushMakesBufferedFramesVisibleToReadersOfTheActiveSegment() throws IOException {
    try (SegmentWriter writer = SegmentWriter.open(dir, "proxy-a", SMALL, clock)) {
      writer.append(TestEvents.statement("proxy-a", 1, 1, TestEvents.T0));
      writer.flush();
      try (SegmentReader reader = SegmentReader.open(writer.activeFile())) {
        assertEquals(1, SegmentTestFiles.readAll(reader).size());
        assertTrue(reader.damage().isEmpty());
      }
    }
  }

  @Test
  void aTailingReaderResumesAtItsPositionAsTheActiveSegmentGrows() throws IOException {
    try (SegmentWriter writer = SegmentWriter.open(dir, "proxy-a", SMALL, clock)) {
      CaptureEvent first = TestEvents.statement("proxy-a", 1, 1, TestEvents.T0);
      writer.append(first);
      writer.flush();
      long position;
      try (SegmentReader reader = SegmentReader.open(writer.activeFile())) {
        assertEquals(List.of(first), SegmentTestFiles.readAll(reader));
        position = reader.position();
      }
      CaptureEvent second = TestEvents.statement("proxy-a", 1, 2, TestEvents.T0 + 1);
      writer.append(second);
      writer.flush();
      try (SegmentReader reader = SegmentReader.open(writer.activeFile(), position)) {
        assertEquals(List.of(second), SegmentTestFiles.readAll(reader));
        assertTrue(reader.damage().isEmpty());
      }
    }
  }

  @Test
  void reopeningAfterACrashCutsTheTornTailSealsAndContinuesNumbering() throws IOException {
    Path live = dir.resolve("live");
    SegmentWriter crashed = SegmentWriter.open(live, "proxy-a", SMALL, clock);
    for (int i = 0; i < 40; i++) {
      crashed.append(TestEvents.statement("proxy-a", 1, i, TestEvents.T0 + i));
    }
    crashed.flush();
    // What the disk holds after the process died mid-write: the segments so far, and the active
    // one with its last frame only partly written.
    Path disk = dir.resolve("disk");
    Files.createDirectories(disk);
    for (String name : SegmentTestFiles.fileNames(live)) {
      Files.copy(live.resolve(name), disk.resolve(name));
    }
    Path active = disk.resolve(crashed.activeFile().getFileName());
    long sequence = SegmentFileName.parse(active).orElseThrow().sequence();
    List<Long> boundaries = SegmentTestFiles.frameBoundaries(active);
    long goodEnd = boundaries.get(boundaries.size() - 2);
    byte[] bytes = Files.readAllBytes(active);
    Files.write(active, Arrays.copyOf(bytes, (int) goodEnd + 5));
    crashed.close();

    try (SegmentWriter writer = SegmentWriter.open(disk, "proxy-a", SMALL, clock)) {
      assertEquals(1, writer.recovered().size());
      SegmentDamage damage = writer.recovered().get(0).damage().orElseThrow();
      assertEquals(SegmentDamage.Kind.TORN_TAIL, damage.kind());
      assertEquals(goodEnd, damage.offset());
      writer.append(TestEvents.statement("proxy-a", 2, 1, TestEvents.T0));
      assertEquals(
          sequence + 1, SegmentFileName.parse(writer.activeFile()).orElseThrow().sequence());
    }
    Path sealed = active.resolveSibling(new SegmentFileName("proxy-a", sequence, false).fileName());
    assertFalse(Files.exists(active));
    assertEquals(goodEnd, Files.size(sealed));
    assertArrayEquals(Arrays.copyOf(bytes, (int) goodEnd), Files.readAllBytes(sealed));
  }

  @Test
  void anIntactLeftOverActiveSegmentIsSealedAndListed() throws IOException {
    Path active;
    SegmentWriter crashed = SegmentWriter.open(dir.resolve("live"), "proxy-a", SMALL, clock);
    crashed.append(TestEvents.statement("proxy-a", 1, 1, TestEvents.T0));
    crashed.flush();
    active = crashed.activeFile();
    Path copy = dir.resolve("disk").resolve(active.getFileName());
    Files.createDirectories(copy.getParent());
    Files.copy(active, copy); // what a crash right after the flush leaves on disk
    crashed.close();

    try (SegmentWriter writer = SegmentWriter.open(copy.getParent(), "proxy-a", SMALL, clock)) {
      RecoveredSegment recovered = writer.recovered().get(0);
      Path sealed = copy.resolveSibling("proxy-a-00000000000000000001.seg");
      assertEquals(new RecoveredSegment(copy, Optional.of(sealed), Optional.empty()), recovered);
      assertEquals(
          "sealed left-over active segment " + copy + " as " + sealed.getFileName() + ", intact",
          recovered.toString());
    }
    assertEquals(
        List.of("proxy-a-00000000000000000001.seg"), SegmentTestFiles.fileNames(copy.getParent()));
  }

  @Test
  void aSegmentWhoseSealFailedIsSealedAtTheNextFlushAndListed() throws IOException {
    try (SegmentWriter writer = SegmentWriter.open(dir, "proxy-a", SMALL, clock)) {
      writer.append(TestEvents.statement("proxy-a", 1, 1, TestEvents.T0));
      Path stale = writer.activeFile();
      // A directory in the way of the sealed name makes the rename fail, as a failing disk would.
      Path obstacle = Files.createDirectory(dir.resolve("proxy-a-00000000000000000001.seg"));
      clock.advance(Duration.ofHours(2));
      assertThrows(IOException.class, writer::flush, "the age seal fails");
      assertTrue(Files.exists(stale), "left behind as active");
      writer.append(TestEvents.statement("proxy-a", 1, 2, TestEvents.T0 + 1));
      assertEquals(
          "proxy-a-00000000000000000002.seg.active", writer.activeFile().getFileName().toString());

      Files.delete(obstacle); // the disk recovers
      writer.flush();
      assertFalse(Files.exists(stale));
      assertEquals(
          List.of(new RecoveredSegment(stale, Optional.of(obstacle), Optional.empty())),
          writer.recovered());
    }
    try (SegmentReader reader =
        SegmentReader.open(dir.resolve("proxy-a-00000000000000000001.seg"))) {
      assertEquals(1, reader.next().getSequence());
      assertNull(reader.next());
      assertEquals(Optional.empty(), reader.damage());
    }
  }

  @Test
  void aSecondWriterForTheSameProxyAndDirectoryIsRefusedUntilTheFirstCloses() throws IOException {
    SegmentWriter first = SegmentWriter.open(dir, "proxy-a", SMALL, clock);
    first.append(TestEvents.statement("proxy-a", 1, 1, TestEvents.T0));
    first.flush();
    IOException refused =
        assertThrows(IOException.class, () -> SegmentWriter.open(dir, "proxy-a", SMALL, clock));
    assertTrue(refused.getMessage().contains("another segment writer for proxy proxy-a"));
    assertTrue(Files.exists(first.activeFile()), "the live segment was not taken for a leftover");
    SegmentWriter.open(dir, "proxy-b", SMALL, clock).close();

    first.close();
    try (SegmentWriter second = SegmentWriter.open(dir, "proxy-a", SMALL, clock)) {
      assertEquals(List.of(), second.recovered());
    }
  }

  @Test
  void aZeroFilledTailLeftByTheFileSystemIsCutOffOnRecovery() throws IOException {
    Path source = SegmentTestFiles.sealedSegment(dir.resolve("source"), 12);
    byte[] bytes = Files.readAllBytes(source);
    Path active = dir.resolve("proxy-a-00000000000000000001.seg.active");
    Files.write(active, Arrays.copyOf(bytes, bytes.length + 8192));

    try (SegmentWriter writer = SegmentWriter.open(dir, "proxy-a", SMALL, clock)) {
      assertEquals(
          SegmentDamage.Kind.TORN_TAIL, writer.recovered().get(0).damage().orElseThrow().kind());
    }
    assertArrayEquals(bytes, Files.readAllBytes(dir.resolve("proxy-a-00000000000000000001.seg")));
  }

  @Test
  void recoveryLeavesCorruptionInPlaceForReadersToReport() throws IOException {
    Path active = dir.resolve("proxy-a-00000000000000000001.seg.active");
    Path source = SegmentTestFiles.sealedSegment(dir.resolve("source"), 30);
    byte[] bytes = Files.readAllBytes(source);
    long corruptFrame = SegmentTestFiles.frameBoundaries(source).get(10);
    bytes[(int) corruptFrame + 12] ^= 0x40;
    Files.write(active, bytes);

    try (SegmentWriter writer = SegmentWriter.open(dir, "proxy-a", SMALL, clock)) {
      assertEquals(
          SegmentDamage.Kind.CORRUPT, writer.recovered().get(0).damage().orElseThrow().kind());
    }
    Path sealed = dir.resolve("proxy-a-00000000000000000001.seg");
    assertArrayEquals(bytes, Files.readAllBytes(sealed), "nothing is cut off behind corruption");
  }

  @Test
  void anActiveSegmentWithATornHeaderHoldsNothingAndIsRemoved() throws IOException {
    Path active = dir.resolve("proxy-a-00000000000000000004.seg.active");
    Files.write(active, Arrays.copyOf(SegmentHeader.MAGIC, 5));
    try (SegmentWriter writer = SegmentWriter.open(dir, "proxy-a", SMALL, clock)) {
      assertEquals(1, writer.recovered().size());
      writer.append(TestEvents.statement("proxy-a", 1, 1, TestEvents.T0));
      assertEquals(
          "proxy-a-00000000000000000005.seg.active", writer.activeFile().getFileName().toString());
    }
    assertFalse(Files.exists(active));
  }

  @Test
  void otherProxiesSegmentsInTheSameDirectoryAreLeftAlone() throws IOException {
    Path other = dir.resolve("proxy-b-00000000000000000009.seg.active");
    Files.write(other, new byte[] {1, 2, 3});
    try (SegmentWriter writer = SegmentWriter.open(dir, "proxy-a", SMALL, clock)) {
      writer.append(TestEvents.statement("proxy-a", 1, 1, TestEvents.T0));
      assertEquals(
          "proxy-a-00000000000000000001.seg.active", writer.activeFile().getFileName().toString());
    }
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(other));
  }

  @Test
  void aLeftOverSegmentWithAForeignHeaderStopsTheWriterWithItsName() throws IOException {
    Path active = dir.resolve("proxy-a-00000000000000000002.seg.active");
    Files.writeString(active, "definitely not a segment");
    IOException error =
        assertThrows(IOException.class, () -> SegmentWriter.open(dir, "proxy-a", SMALL, clock));
    assertTrue(error.getMessage().contains(active.toString()), error.getMessage());
  }

  @Test
  void filesAreOwnerOnlyAndAMissingDirectoryIsCreatedOwnerOnly() throws IOException {
    Path nested = dir.resolve("captures/proxy-a");
    try (SegmentWriter writer = SegmentWriter.open(nested, "proxy-a", SMALL, clock)) {
      writer.append(TestEvents.statement("proxy-a", 1, 1, TestEvents.T0));
      assertEquals(
          "rw-------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(writer.activeFile())));
    }
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(nested)));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(nested.resolve("proxy-a-00000000000000000001.seg"))));
  }

  @Test
  void everySegmentCarriesTheDirectorysSpoolIdWhichSurvivesRestartsButNotANewDirectory()
      throws IOException {
    Path first = dir.resolve("first");
    SpoolId spool;
    try (SegmentWriter writer = SegmentWriter.open(first, "proxy-a", SMALL, clock)) {
      spool = writer.spool();
      writer.append(TestEvents.statement("proxy-a", 1, 1, TestEvents.T0));
    }
    try (SegmentWriter writer = SegmentWriter.open(first, "proxy-a", SMALL, clock)) {
      assertEquals(spool, writer.spool());
      writer.append(TestEvents.statement("proxy-a", 2, 1, TestEvents.T0));
    }
    for (String name : SegmentTestFiles.fileNames(first)) {
      try (SegmentReader reader = SegmentReader.open(first.resolve(name))) {
        assertEquals(spool, reader.header().spool(), name);
      }
    }
    assertEquals(Optional.of(spool), SpoolIdFile.read(first));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(first.resolve(SpoolIdFile.FILE_NAME))));
    try (SegmentWriter writer =
        SegmentWriter.open(dir.resolve("second"), "proxy-a", SMALL, clock)) {
      assertNotEquals(spool, writer.spool());
    }
  }

  @Test
  void anIdleWriterLeavesNoSegmentsAndAClosedWriterRefusesEvents() throws IOException {
    SegmentWriter writer = SegmentWriter.open(dir, "proxy-a", SMALL, clock);
    writer.flush();
    writer.close();
    assertEquals(List.of(), SegmentTestFiles.fileNames(dir));
    assertThrows(
        IllegalStateException.class,
        () -> writer.append(TestEvents.statement("proxy-a", 1, 1, TestEvents.T0)));
  }

  @Test
  void badArgumentsAreRejectedClearly() throws IOException {
    assertThrows(
        IllegalArgumentException.class, () -> SegmentWriter.open(dir, "../escape", SMALL, clock));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SegmentWriter.Options(10, Duration.ofSeconds(1), false));
    try (SegmentWriter writer = SegmentWriter.open(dir, "proxy-a", SMALL, clock)) {
      assertThrows(
          IllegalArgumentException.class, () -> writer.append(CaptureEvent.getDefaultInstance()));
    }
  }
}
