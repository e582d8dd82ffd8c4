package io.scry.coordinator.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.segment.SegmentWriter;
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
  void listingFollowsAGrowingActiveSegment() throws IOException {
    try (SegmentWriter writer =
            SegmentWriter.open(
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
          store.proxyLog("orders", "p1").positions());
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
        assertThrows(IllegalArgumentException.class, () -> store.proxyLog(bad, "p1"));
      }
      assertThrows(IllegalArgumentException.class, () -> store.proxyLog("ok", "../p1"));
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
    writeEvents(proxyDir, "p1", 0, 10);
    Path segment;
    try (Stream<Path> files = Files.list(proxyDir)) {
      segment = files.filter(f -> f.toString().endsWith(".seg")).findFirst().orElseThrow();
    }
    try (CaptureStore store = CaptureStore.open(root.resolve("store"))) {
      store
          .proxyLog("orders", "p1")
          .append(
              segment.getFileName().toString().replace(".seg", ""),
              0,
              ByteBuffer.wrap(Files.readAllBytes(segment)),
              true);
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

  private static void writeEvents(Path dir, String proxyId, int from, int count)
      throws IOException {
    try (SegmentWriter writer =
        SegmentWriter.open(
            dir, proxyId, new SegmentWriter.Options(4096, Duration.ofHours(1), false))) {
      append(writer, proxyId, from, count);
    }
  }

  private static void append(SegmentWriter writer, String proxyId, int from, int count)
      throws IOException {
    for (int n = from; n < from + count; n++) {
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
}
