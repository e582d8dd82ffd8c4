package io.scry.coordinator.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.segment.LegacySegments;
import io.scry.protocol.segment.SegmentWriter;
import io.scry.protocol.segment.SpoolId;
import io.scry.protocol.segment.SpoolIdFile;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Statement;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's layout, recovery, listing and time windows, on segment files written in place. */
class CaptureStoreUnitTests {

  private static final long T0 = 1_700_000_000_000_000_000L;
  private static final long SECOND = 1_000_000_000L;

  private static final SegmentWriter.Options SMALL =
      new SegmentWriter.Options(4096, Duration.ofHours(1), false);

  @TempDir Path root;

  @Test
  void listsCapturesWithProxiesCountsAndTimeRange() throws IOException {
    writeEvents(root.resolve("orders/p1"), "p1", 0, 100);
    writeEvents(root.resolve("orders/p2"), "p2", 100, 50);
    writeEvents(root.resolve("billing/p1"), "p1", 0, 10);
    try (CaptureStore store = CaptureStore.open(root)) {
      List<CaptureInfo> captures = store.list();
      assertEquals(List.of("billing", "orders"), captures.stream().map(CaptureInfo::name).toList());
      CaptureInfo orders = captures.get(1);
      assertEquals(List.of("p1", "p2"), orders.proxies());
      assertEquals(150, orders.events());
      assertEquals(T0, orders.firstStartUnixNanos());
      assertEquals(T0 + 149 * SECOND, orders.lastStartUnixNanos());
      assertTrue(orders.segments() >= 2);
      assertEquals(sizeOfFiles(root.resolve("orders")), orders.bytes());
    }
  }

  @Test
  void spoolsOfOneProxyAreKeptApartAndReadTogetherInStartOrderWithoutDoubleCounting()
      throws Exception {
    // The proxy p1 shipped from three directories: before spools had ids (even seconds 0..98),
    // then a spool (odd seconds 1..99), then a new, empty spool whose segment names start over
    // (seconds 100..149).
    Path legacy = root.resolve("proxy-legacy");
    try (SegmentWriter writer = LegacySegments.openWriter(legacy, "p1", SMALL)) {
      appendEvery(writer, "p1", 0, 100, 2);
    }
    Path first = root.resolve("proxy-first");
    try (SegmentWriter writer = SegmentWriter.open(first, "p1", SMALL)) {
      appendEvery(writer, "p1", 1, 100, 2);
    }
    Path second = root.resolve("proxy-second");
    try (SegmentWriter writer = SegmentWriter.open(second, "p1", SMALL)) {
      append(writer, "p1", 100, 50);
    }
    try (CaptureStore store = CaptureStore.open(root.resolve("store"))) {
      ship(store, legacy, "orders", "p1");
      ship(store, first, "orders", "p1");
      ship(store, second, "orders", "p1");
    }
    Path proxyDir = root.resolve("store/orders/p1");
    assertTrue(Files.exists(proxyDir.resolve("p1-00000000000000000001.seg")), "legacy in place");
    assertTrue(Files.exists(proxyDir.resolve(spool(first) + "/p1-00000000000000000001.seg")));
    assertTrue(Files.exists(proxyDir.resolve(spool(second) + "/p1-00000000000000000001.seg")));

    try (CaptureStore store = CaptureStore.open(root.resolve("store"))) {
      CaptureInfo orders = store.info("orders").orElseThrow();
      assertEquals(List.of("p1"), orders.proxies());
      assertEquals(150, orders.events());
      assertEquals(sizeOfFiles(proxyDir), orders.bytes());
      assertEquals(T0 + 149 * SECOND, orders.lastStartUnixNanos());
      try (Stream<CaptureEvent> events = store.events("orders", TimeWindow.all())) {
        assertEquals(
            java.util.stream.LongStream.range(0, 150).boxed().toList(),
            events.map(e -> (e.getStartUnixNanos() - T0) / SECOND).toList());
      }
      List<SegmentPosition> secondSpool = store.spoolLog("orders", "p1", spool(second)).positions();
      assertEquals("p1-00000000000000000001", secondSpool.get(0).segment());
      assertTrue(secondSpool.stream().allMatch(SegmentPosition::sealed));
    }
  }

  @Test
  void listingFollowsAGrowingActiveSegment() throws IOException {
    try (SegmentWriter writer =
            LegacySegments.openWriter(
                root.resolve("live/p1"),
                "p1",
                new SegmentWriter.Options(1 << 20, Duration.ofHours(1), false));
        CaptureStore store = CaptureStore.open(root)) {
      append(writer, "p1", 0, 10);
      assertEquals(10, store.info("live").orElseThrow().events());
      append(writer, "p1", 10, 5);
      assertEquals(15, store.info("live").orElseThrow().events());
      writer.close(); // sealed: renamed under the store's feet
      assertEquals(15, store.info("live").orElseThrow().events());
    }
  }

  @Test
  void eventsAreSelectedByTimeWindowAndLastMinutes() throws IOException {
    writeEvents(root.resolve("orders/p1"), "p1", 0, 600); // ten minutes, one event a second
    try (CaptureStore store = CaptureStore.open(root)) {
      TimeWindow middle = new TimeWindow(T0 + 100 * SECOND, T0 + 200 * SECOND);
      assertEquals(List.of(100L, 199L), firstAndLast(store, middle));

      TimeWindow lastMinute = store.info("orders").orElseThrow().lastWindow(Duration.ofMinutes(1));
      assertEquals(List.of(539L, 599L), firstAndLast(store, lastMinute));
      assertEquals(600, count(store, TimeWindow.all()));
    }
  }

  @Test
  void reopeningCutsATornTailAndRemovesAHeaderlessCopy() throws IOException {
    Path dir = root.resolve("orders/p1");
    writeEvents(dir, "p1", 0, 20);
    Path sealed = dir.resolve("p1-00000000000000000001.seg");
    Path active = dir.resolve("p1-00000000000000000001.seg.active");
    Files.move(sealed, active); // as if the store crashed before sealing its copy
    long good = Files.size(active);
    try (FileChannel channel = FileChannel.open(active, StandardOpenOption.APPEND)) {
      channel.write(ByteBuffer.wrap(new byte[] {0, 0, 0, 90, 1, 2, 3, 4, 5}));
    }
    Path headerless = dir.resolve("p1-00000000000000000002.seg.active");
    Files.write(headerless, new byte[] {'S', 'C', 'R'});

    try (CaptureStore store = CaptureStore.open(root)) {
      assertEquals(good, Files.size(active));
      assertFalse(Files.exists(headerless));
      assertEquals(
          List.of(new SegmentPosition("p1-00000000000000000001", good, false)),
          store.spoolLog("orders", "p1", SpoolId.LEGACY).positions());
      assertEquals(20, store.info("orders").orElseThrow().events());
    }
  }

  @Test
  void rejectsCaptureNamesThatCouldEscapeTheStore() throws IOException {
    try (CaptureStore store = CaptureStore.open(root)) {
      for (String bad : new String[] {"../x", "a/b", "", ".", "..", "x".repeat(65), "a b", "ü"}) {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> store.open(bad), bad);
        assertTrue(e.getMessage().contains("invalid capture name"), e.getMessage());
        assertThrows(
            IllegalArgumentException.class, () -> store.spoolLog(bad, "p1", SpoolId.LEGACY));
      }
      assertThrows(
          IllegalArgumentException.class, () -> store.spoolLog("ok", "../p1", SpoolId.LEGACY));
      assertThrows(NoSuchFileException.class, () -> store.open("Orders-2024_v1.0"));
      assertTrue(store.info("Orders-2024_v1.0").isEmpty());
    }
  }

  private static List<Long> firstAndLast(CaptureStore store, TimeWindow window) throws IOException {
    try (Stream<CaptureEvent> events = store.events("orders", window)) {
      List<Long> seconds = events.map(e -> (e.getStartUnixNanos() - T0) / SECOND).toList();
      return List.of(seconds.get(0), seconds.get(seconds.size() - 1));
    }
  }

  private static long count(CaptureStore store, TimeWindow window) throws IOException {
    try (Stream<CaptureEvent> events = store.events("orders", window)) {
      return events.count();
    }
  }

  /** Events {@code [from, from + count)}, one second apart, in sealed segments of 4 KiB. */
  /**
   * Captured SQL is production data: readable by the coordinator's user only, whatever the umask.
   */
  @Test
  void shippedSegmentsAreOwnerOnly(@TempDir Path proxyDir) throws Exception {
    try (SegmentWriter writer = SegmentWriter.open(proxyDir, "p1", SMALL)) {
      append(writer, "p1", 0, 10);
    }
    try (CaptureStore store = CaptureStore.open(root.resolve("store"))) {
      ship(store, proxyDir, "orders", "p1");
    }
    try (Stream<Path> stored = Files.walk(root.resolve("store"))) {
      for (Path path : stored.toList()) {
        assertEquals(
            Files.isDirectory(path) ? "rwx------" : "rw-------",
            PosixFilePermissions.toString(Files.getPosixFilePermissions(path)),
            path.toString());
      }
    }
  }

  /**
   * Writes events in place, in sealed segments of 4 KiB without a spool id: the layout of the
   * legacy spool, the proxy's directory itself.
   */
  private static void writeEvents(Path dir, String proxyId, int from, int count)
      throws IOException {
    try (SegmentWriter writer = LegacySegments.openWriter(dir, proxyId, SMALL)) {
      append(writer, proxyId, from, count);
    }
  }

  /** Appends every segment of a proxy's capture directory to the store, as ingest does. */
  private static void ship(CaptureStore store, Path captureDir, String capture, String proxyId)
      throws IOException, ChunkRejectedException {
    SpoolId spool = SpoolIdFile.read(captureDir).orElse(SpoolId.LEGACY);
    try (Stream<Path> files = Files.list(captureDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".seg")).sorted().toList()) {
        store
            .spoolLog(capture, proxyId, spool)
            .append(
                file.getFileName().toString().replace(".seg", ""),
                0,
                ByteBuffer.wrap(Files.readAllBytes(file)),
                true);
      }
    }
  }

  private static void append(SegmentWriter writer, String proxyId, int from, int count)
      throws IOException {
    appendEvery(writer, proxyId, from, from + count, 1);
  }

  /** Appends events {@code from, from + step, ...} below {@code to}. */
  private static void appendEvery(SegmentWriter writer, String proxyId, int from, int to, int step)
      throws IOException {
    for (int n = from; n < to; n += step) {
      writer.append(
          CaptureEvent.newBuilder()
              .setProxyId(proxyId)
              .setSessionId(n)
              .setSequence(1)
              .setStartUnixNanos(T0 + n * SECOND)
              .setStatement(Statement.newBuilder().setSql("SELECT " + n))
              .build());
    }
    writer.flush();
  }

  private static long sizeOfFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static SpoolId spool(Path captureDir) throws IOException {
    return SpoolIdFile.read(captureDir).orElseThrow();
  }
}
