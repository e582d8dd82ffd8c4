package io.scry.cli.ingest;

import static io.scry.cli.ingest.FastShipping.FAST_SHIPPING;
import static io.scry.cli.ingest.FastShipping.INGEST_SECRET;
import static io.scry.coordinator.ingest.TestCaptures.ONE_SEGMENT;
import static io.scry.coordinator.ingest.TestCaptures.SMALL_SEGMENTS;
import static io.scry.coordinator.ingest.TestCaptures.allSealed;
import static io.scry.coordinator.ingest.TestCaptures.assertSameEventsExactlyOnce;
import static io.scry.coordinator.ingest.TestCaptures.assertSealedCopiesIdentical;
import static io.scry.coordinator.ingest.TestCaptures.await;
import static io.scry.coordinator.ingest.TestCaptures.event;
import static io.scry.coordinator.ingest.TestCaptures.freeLoopbackAddress;
import static io.scry.coordinator.ingest.TestCaptures.spoolOf;
import static io.scry.coordinator.ingest.TestCaptures.storeEvents;
import static io.scry.coordinator.ingest.TestCaptures.storedEventCount;
import static io.scry.coordinator.ingest.TestCaptures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.scry.coordinator.ingest.IngestServer;
import io.scry.coordinator.store.CaptureStore;
import io.scry.coordinator.store.SegmentPosition;
import io.scry.protocol.segment.LegacySegments;
import io.scry.protocol.segment.SegmentFrames;
import io.scry.protocol.segment.SegmentWriter;
import io.scry.protocol.segment.SpoolIdFile;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.proxy.ship.CaptureShipper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A shipper and an ingest server over loopback TCP, the coordinator restarted and crashed. */
@Timeout(60)
class CaptureShippingUnitTests {

  private static final String PROXY = "proxy-1";
  private static final String CAPTURE = "orders-prod";
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir Path tmp;

  private Path captureDir;
  private Path storeDir;
  private CaptureStore store;
  private IngestServer server;
  private CaptureShipper shipper;
  private Runnable recorded = () -> {};

  @AfterEach
  void stopEverything() throws IOException {
    recorded.run();
    if (shipper != null) {
      shipper.close();
    }
    stopCoordinator();
  }

  @Test
  void shipsSealedAndGrowingActiveSegmentsExactlyOnce() throws Exception {
    captureDir = tmp.resolve("proxy");
    startCoordinator(new InetSocketAddress("127.0.0.1", 0));
    try (SegmentWriter writer = SegmentWriter.open(captureDir, PROXY, SMALL_SEGMENTS)) {
      write(writer, PROXY, 0, 200);
      shipper = startShipper(server.address());
      awaitStoredEvents(200);
      for (int batch = 0; batch < 10; batch++) {
        write(writer, PROXY, 200 + batch * 10, 10);
        Thread.sleep(5);
      }
      awaitStoredEvents(300);
    }
    assertAllShippedExactlyOnce();
    assertSealedCopiesIdentical(captureDir, proxyStoreDir());
    assertTrue(store.list().get(0).segments() > 3, "several segments were shipped");
  }

  @Test
  void coordinatorRestartsMidStreamWithoutLossOrDuplicates() throws Exception {
    captureDir = tmp.resolve("proxy");
    startCoordinator(new InetSocketAddress("127.0.0.1", 0));
    InetSocketAddress address = server.address();
    shipper = startShipper(address);
    int total = 1200;
    try (SegmentWriter writer = SegmentWriter.open(captureDir, PROXY, SMALL_SEGMENTS)) {
      CompletableFuture<Void> writing =
          CompletableFuture.runAsync(
              () -> {
                try {
                  for (int n = 0; n < total; n += 10) {
                    write(writer, PROXY, n, 10);
                    Thread.sleep(2);
                  }
                } catch (IOException | InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              });
      for (long threshold : new long[] {150, 500}) {
        await(
            threshold + " events shipped",
            PATIENCE,
            () -> storedEventCount(store, CAPTURE) >= threshold);
        stopCoordinator();
        Thread.sleep(100); // the proxy keeps writing while the coordinator is away
        startCoordinator(address);
      }
      writing.get();
    }
    await("all events in the store", PATIENCE, () -> storedEventCount(store, CAPTURE) == total);
    assertAllShippedExactlyOnce();
    assertSealedCopiesIdentical(captureDir, proxyStoreDir());
  }

  @Test
  void catchesUpWhenTheCoordinatorComesUpAfterTheProxy() throws Exception {
    captureDir = tmp.resolve("proxy");
    InetSocketAddress address = freeLoopbackAddress();
    shipper = startShipper(address);
    try (SegmentWriter writer = SegmentWriter.open(captureDir, PROXY, SMALL_SEGMENTS)) {
      write(writer, PROXY, 0, 100);
      Thread.sleep(300); // several failed connection attempts
      startCoordinator(address);
      write(writer, PROXY, 100, 50);
      awaitStoredEvents(150);
    }
    assertAllShippedExactlyOnce();
  }

  @Test
  void tornTailInTheStoreIsCutOffAfterACrashAndShippingResumes() throws Exception {
    captureDir = tmp.resolve("proxy");
    startCoordinator(new InetSocketAddress("127.0.0.1", 0));
    InetSocketAddress address = server.address();
    try (SegmentWriter writer = SegmentWriter.open(captureDir, PROXY, ONE_SEGMENT)) {
      write(writer, PROXY, 0, 50);
      shipper = startShipper(address);
      awaitStoredEvents(50);
      shipper.close();
      stopCoordinator();

      // A crash in the middle of an append: half of the next frame reached the disk.
      Path active = onlyFile(proxyStoreDir());
      long good = Files.size(active);
      byte[] frame = SegmentFrames.encode(event(PROXY, 50));
      try (FileChannel channel = FileChannel.open(active, StandardOpenOption.APPEND)) {
        channel.write(ByteBuffer.wrap(Arrays.copyOf(frame, frame.length / 2)));
      }

      startCoordinator(address);
      assertEquals(good, Files.size(active), "torn tail truncated on open");
      List<SegmentPosition> positions =
          store.spoolLog(CAPTURE, PROXY, spoolOf(captureDir)).positions();
      assertEquals(good, positions.get(0).durableOffset());
      shipper = startShipper(address);
      write(writer, PROXY, 50, 50);
      awaitStoredEvents(100);
    }
    assertAllShippedExactlyOnce();
    assertSealedCopiesIdentical(captureDir, proxyStoreDir());
  }

  @Test
  void shipsADamagedSealedSegmentUpToItsLastGoodFrame() throws Exception {
    captureDir = tmp.resolve("proxy");
    try (SegmentWriter writer = SegmentWriter.open(captureDir, PROXY, ONE_SEGMENT)) {
      write(writer, PROXY, 0, 40);
    }
    Path sealed = captureDir.resolve(PROXY + "-00000000000000000001.seg");
    byte[] bytes = Files.readAllBytes(sealed);
    int frameBytes = 0;
    int damagedAt = 0;
    for (int n = 0; n < 40; n++) {
      if (n == 20) {
        damagedAt = frameBytes;
      }
      frameBytes += SegmentFrames.encode(event(PROXY, n)).length;
    }
    damagedAt += bytes.length - frameBytes; // after the header
    bytes[damagedAt + SegmentFrames.FRAME_HEADER_BYTES + 2] ^= 0x55; // frame 20's payload
    Files.write(sealed, bytes);

    startCoordinator(new InetSocketAddress("127.0.0.1", 0));
    shipper = startShipper(server.address());
    awaitAllSealed();

    Path copy = proxyStoreDir().resolve(sealed.getFileName());
    assertEquals(damagedAt, Files.size(copy), "sealed at the last good frame");
    assertEquals(20, storedEventCount(store, CAPTURE));
    assertSameEventsExactlyOnce(captureDir, store, CAPTURE);
  }

  @Test
  void deletesLocalSegmentsOnceAcknowledgedWhenAsked() throws Exception {
    captureDir = tmp.resolve("proxy");
    startCoordinator(new InetSocketAddress("127.0.0.1", 0));
    shipper =
        CaptureShipper.start(
            captureDir,
            PROXY,
            CAPTURE,
            server.address(),
            INGEST_SECRET,
            FAST_SHIPPING.withDeleteAcked(true));
    try (SegmentWriter writer = SegmentWriter.open(captureDir, PROXY, SMALL_SEGMENTS)) {
      write(writer, PROXY, 0, 300);
    }
    awaitStoredEvents(300);
    await("local segments deleted", PATIENCE, () -> localSegmentCount() == 0);
    assertTrue(allSealed(proxyStoreDir()));
  }

  @Test
  void aShipperWithTheWrongSecretShipsNothingUntilItHasTheRightOne() throws Exception {
    captureDir = tmp.resolve("proxy");
    startCoordinator(new InetSocketAddress("127.0.0.1", 0));
    try (SegmentWriter writer = SegmentWriter.open(captureDir, PROXY, SMALL_SEGMENTS)) {
      write(writer, PROXY, 0, 50);
    }
    try (CaptureShipper impostor =
        CaptureShipper.start(
            captureDir, PROXY, CAPTURE, server.address(), "not-the-secret", FAST_SHIPPING)) {
      // Fast shipping sends 50 events in a few milliseconds; refused, it sends none in 2 s.
      assertFalse(impostor.awaitShipped(Duration.ofSeconds(2)));
    }
    assertEquals(0, storedEventCount(store, CAPTURE));
    shipper = startShipper(server.address());
    awaitStoredEvents(50);
  }

  @Test
  void aRecreatedSpoolWithTheSameProxyIdIsStoredNextToTheOldOne() throws Exception {
    startCoordinator(new InetSocketAddress("127.0.0.1", 0));
    Path first = tmp.resolve("spool-a");
    shipSpool(first, 0, 1000);
    // The proxy comes back with an empty capture directory, same proxy id and capture name: its
    // segment 1 is a new segment, not one the store already holds.
    Path second = tmp.resolve("spool-b");
    shipSpool(second, 1000, 1000);

    assertEquals(2000, storedEventCount(store, CAPTURE));
    List<CaptureEvent> stored = storeEvents(store, CAPTURE);
    assertEquals(2000, stored.size());
    assertEquals(
        2000,
        stored.stream().map(e -> e.getSessionId() + "/" + e.getSequence()).distinct().count());
  }

  @Test
  void aRestoredBackupOfAnOlderSpoolShipsItsNewSegmentsBesideTheNewerSpool() throws Exception {
    startCoordinator(new InetSocketAddress("127.0.0.1", 0));
    Path original = tmp.resolve("spool-a");
    shipSpool(original, 0, 600);
    Path backup = tmp.resolve("backup-of-a");
    copyDirectory(original, backup);
    // The directory is lost; the proxy starts over with an empty one, which ships fewer segments.
    shipSpool(tmp.resolve("spool-b"), 600, 100);
    // Then the backup is restored: spool a again, with more segments than spool b, and the proxy
    // goes on writing into it.
    shipSpool(backup, 700, 300);

    assertEquals(1000, storedEventCount(store, CAPTURE));
    List<CaptureEvent> stored = storeEvents(store, CAPTURE);
    assertEquals(
        java.util.stream.IntStream.range(0, 1000).mapToObj(n -> event(PROXY, n)).toList(), stored);
    assertEquals(spoolOf(original), spoolOf(backup));
    assertSealedCopiesIdentical(backup, proxyStoreDir());
  }

  @Test
  void aBackupOlderThanTheStoresCopyOfItsSpoolIsRefusedInsteadOfDropped() throws Exception {
    startCoordinator(new InetSocketAddress("127.0.0.1", 0));
    ListAppender<ILoggingEvent> shipperLog = recordLog("io.scry.proxy.ship");
    Path original = tmp.resolve("spool-a");
    Files.createDirectories(original);
    SpoolIdFile.loadOrCreate(original);
    Path backup = tmp.resolve("backup-of-a");
    copyDirectory(original, backup); // taken before anything was captured
    shipSpool(original, 0, 300);
    // Restored, the backup numbers its segments from 1 again, under the same spool id.
    captureDir = backup;
    try (SegmentWriter writer = SegmentWriter.open(backup, PROXY, SMALL_SEGMENTS)) {
      write(writer, PROXY, 300, 100);
    }
    try (CaptureShipper restored = startShipper(backup, server.address())) {
      await(
          "the refusal in the proxy's log",
          PATIENCE,
          () ->
              messages(shipperLog).stream()
                  .anyMatch(m -> m.contains("is not the segment the store holds under that name")));
      assertFalse(restored.awaitShipped(Duration.ofMillis(300)));
    }
    assertEquals(300, storedEventCount(store, CAPTURE), "the store's copies are untouched");
  }

  @Test
  void aSecondLiveProxyWithTheSameIdIsRefusedAndShipsOnceTheFirstHasGone() throws Exception {
    startCoordinator(new InetSocketAddress("127.0.0.1", 0));
    ListAppender<ILoggingEvent> shipperLog = recordLog("io.scry.proxy.ship");
    Path firstDir = tmp.resolve("edge-a");
    Path secondDir = tmp.resolve("edge-b");
    try (SegmentWriter writer = SegmentWriter.open(firstDir, PROXY, SMALL_SEGMENTS)) {
      write(writer, PROXY, 0, 1000);
    }
    try (SegmentWriter writer = SegmentWriter.open(secondDir, PROXY, SMALL_SEGMENTS)) {
      write(writer, PROXY, 1000, 1000);
    }
    String refusal =
        "proxy id "
            + PROXY
            + " is already shipping capture "
            + CAPTURE
            + " from spool "
            + spoolOf(firstDir)
            + " at /127.0.0.1:";
    try (CaptureShipper first = startShipper(firstDir, server.address())) {
      assertTrue(first.awaitShipped(PATIENCE));
      try (CaptureShipper second = startShipper(secondDir, server.address())) {
        await(
            "the refusal in the second proxy's log",
            PATIENCE,
            () -> messages(shipperLog).stream().anyMatch(m -> m.contains(refusal)));
        assertTrue(
            messages(shipperLog).stream()
                .anyMatch(
                    m -> m.contains(refusal) && m.contains("give each proxy its own --proxy-id")));
        assertFalse(second.awaitShipped(Duration.ofMillis(500)), "refused while the first ships");
        assertEquals(1000, storedEventCount(store, CAPTURE));

        first.close(); // the first proxy stops: the second one's retries get through
        assertTrue(second.awaitShipped(PATIENCE), "shipped once the first had gone");
      }
    }
    assertEquals(2000, storedEventCount(store, CAPTURE));
    assertEquals(2000, storeEvents(store, CAPTURE).size());
    assertTrue(
        messages(shipperLog).stream()
            .noneMatch(m -> m.toLowerCase(Locale.ROOT).contains("corrupt")),
        "no proxy took its own healthy file for corrupt: " + messages(shipperLog));
  }

  @Test
  void aDirectoryWithSegmentsFromBeforeSpoolsShipsThemAsTheLegacySpoolOnlyOnce() throws Exception {
    captureDir = tmp.resolve("proxy");
    try (SegmentWriter writer = LegacySegments.openWriter(captureDir, PROXY, SMALL_SEGMENTS)) {
      write(writer, PROXY, 0, 200);
    }
    // The old proxy's copies already in the store, where a version 2 coordinator kept them.
    Path legacyStoreDir = tmp.resolve("store").resolve(CAPTURE).resolve(PROXY);
    copyDirectory(captureDir, legacyStoreDir);
    startCoordinator(new InetSocketAddress("127.0.0.1", 0));
    // The upgraded proxy goes on in the same directory, which now gets a spool id.
    try (SegmentWriter writer = SegmentWriter.open(captureDir, PROXY, SMALL_SEGMENTS)) {
      write(writer, PROXY, 200, 100);
    }
    shipper = startShipper(server.address());
    assertTrue(shipper.awaitShipped(PATIENCE));

    assertEquals(300, storedEventCount(store, CAPTURE));
    assertSameEventsExactlyOnce(captureDir, store, CAPTURE);
    assertTrue(Files.exists(legacyStoreDir.resolve(PROXY + "-00000000000000000001.seg")));
    assertTrue(allSealed(proxyStoreDir()), "the new segments are in the directory's spool");
  }

  /** Writes events {@code [from, from + count)} into a new spool and ships all of it. */
  private void shipSpool(Path dir, int from, int count) throws Exception {
    captureDir = dir;
    try (SegmentWriter writer = SegmentWriter.open(dir, PROXY, SMALL_SEGMENTS)) {
      write(writer, PROXY, from, count);
    }
    try (CaptureShipper spoolShipper = startShipper(server.address())) {
      assertTrue(spoolShipper.awaitShipped(PATIENCE), "shipped " + dir);
    }
  }

  private void startCoordinator(InetSocketAddress address) throws IOException {
    if (storeDir == null) {
      storeDir = tmp.resolve("store");
    }
    store = CaptureStore.open(storeDir);
    server = IngestServer.start(address, store, INGEST_SECRET);
  }

  private void stopCoordinator() throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
    if (store != null) {
      store.close();
      store = null;
    }
  }

  private CaptureShipper startShipper(InetSocketAddress address) {
    return startShipper(captureDir, address);
  }

  private static CaptureShipper startShipper(Path dir, InetSocketAddress address) {
    return CaptureShipper.start(dir, PROXY, CAPTURE, address, INGEST_SECRET, FAST_SHIPPING);
  }

  private static void copyDirectory(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }

  /** Records what the loggers under {@code name} log, until the test ends. */
  private ListAppender<ILoggingEvent> recordLog(String name) {
    Logger logger = (Logger) LoggerFactory.getLogger(name);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    recorded = () -> logger.detachAppender(appender);
    return appender;
  }

  private static List<String> messages(ListAppender<ILoggingEvent> appender) {
    synchronized (appender.list) {
      return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
  }

  /** Where the store keeps the segments of the current capture directory's spool. */
  private Path proxyStoreDir() throws IOException {
    return storeDir.resolve(CAPTURE).resolve(PROXY).resolve(spoolOf(captureDir).text());
  }

  /** Waits until the store holds exactly {@code count} events of the capture. */
  private void awaitStoredEvents(long count) throws InterruptedException {
    await(
        count + " events in the store", PATIENCE, () -> storedEventCount(store, CAPTURE) == count);
  }

  /**
   * Waits until every segment is sealed in the store, then asserts that the store holds the proxy's
   * events, each exactly once: how every shipping test that ends cleanly ends.
   */
  private void assertAllShippedExactlyOnce() throws InterruptedException, IOException {
    awaitAllSealed();
    assertSameEventsExactlyOnce(captureDir, store, CAPTURE);
  }

  private void awaitAllSealed() throws InterruptedException {
    await(
        "every segment sealed in the store",
        PATIENCE,
        () -> {
          try {
            return allSealed(proxyStoreDir());
          } catch (IOException e) {
            return false;
          }
        });
  }

  private long localSegmentCount() {
    try (Stream<Path> files = Files.list(captureDir)) {
      return files.filter(f -> f.toString().contains(".seg")).count();
    } catch (IOException e) {
      return -1;
    }
  }

  private static Path onlyFile(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.toList();
      assertEquals(1, all.size(), "files in " + dir + ": " + all);
      return all.get(0);
    }
  }
}
