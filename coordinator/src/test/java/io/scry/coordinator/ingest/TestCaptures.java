package io.scry.coordinator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scry.coordinator.store.CaptureStore;
import io.scry.coordinator.store.TimeWindow;
import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.segment.SegmentFileName;
import io.scry.protocol.segment.SegmentWriter;
import io.scry.protocol.segment.SpoolId;
import io.scry.protocol.segment.SpoolIdFile;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.ProtocolKind;
import io.scry.protocol.v1.Statement;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** Capture events, segment files and shipping settings for ingest tests. */
public final class TestCaptures {

  public static final long T0 = 1_700_000_000_000_000_000L;

  /** Small segments, so a few hundred events span several sealed ones and an active one. */
  public static final SegmentWriter.Options SMALL_SEGMENTS =
      new SegmentWriter.Options(4096, Duration.ofHours(1), false);

  public static final SegmentWriter.Options ONE_SEGMENT =
      new SegmentWriter.Options(64L * 1024 * 1024, Duration.ofHours(1), false);

  private TestCaptures() {}

  /** Event number {@code n}: sessions of 10 statements, one millisecond apart. */
  public static CaptureEvent event(String proxyId, int n) {
    return CaptureEvent.newBuilder()
        .setProxyId(proxyId)
        .setSessionId(n / 10)
        .setSequence(n % 10 + 1)
        .setStartUnixNanos(T0 + n * 1_000_000L)
        .setDurationNanos(250_000)
        .setStatement(
            Statement.newBuilder()
                .setProtocol(ProtocolKind.PROTOCOL_SIMPLE)
                .setSql("SELECT " + n + " FROM orders WHERE region = 'r" + (n % 7) + "'")
                .setCommandTag("SELECT 1")
                .setRows(1))
        .build();
  }

  /** Appends events {@code [from, from + count)} and flushes them to the file. */
  /**
   * Writes {@code count} events of {@code proxyId} into one sealed segment under {@code dir} and
   * returns the segment file's bytes.
   */
  public static byte[] oneSealedSegment(Path dir, String proxyId, int count) throws IOException {
    try (SegmentWriter writer = SegmentWriter.open(dir, proxyId, ONE_SEGMENT)) {
      write(writer, proxyId, 0, count);
    }
    return Files.readAllBytes(dir.resolve(proxyId + "-00000000000000000001.seg"));
  }

  /** The spool id of a capture directory a writer has used. */
  public static SpoolId spoolOf(Path captureDir) throws IOException {
    return SpoolIdFile.read(captureDir).orElseThrow();
  }

  public static void write(SegmentWriter writer, String proxyId, int from, int count)
      throws IOException {
    for (int n = from; n < from + count; n++) {
      writer.append(event(proxyId, n));
    }
    writer.flush();
  }

  public static List<CaptureEvent> sourceEvents(Path captureDir) throws IOException {
    try (CaptureDirectory directory = CaptureDirectory.open(captureDir)) {
      return directory.stream().toList();
    }
  }

  public static List<CaptureEvent> storeEvents(CaptureStore store, String capture)
      throws IOException {
    try (Stream<CaptureEvent> events = store.events(capture, TimeWindow.all())) {
      return events.toList();
    }
  }

  public static long storedEventCount(CaptureStore store, String capture) {
    try {
      return store.info(capture).map(info -> info.events()).orElse(0L);
    } catch (IOException e) {
      return -1;
    }
  }

  /** Whether every segment file under {@code dir} is sealed (and there is at least one). */
  public static boolean allSealed(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      List<SegmentFileName> names =
          files.map(SegmentFileName::parse).flatMap(java.util.Optional::stream).toList();
      return !names.isEmpty() && names.stream().noneMatch(SegmentFileName::active);
    }
  }

  /** A loopback address nobody listens on (yet). */
  public static InetSocketAddress freeLoopbackAddress() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return new InetSocketAddress("127.0.0.1", socket.getLocalPort());
    }
  }

  public static void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  /** The store holds exactly the proxy's events: same events, same order, no duplicates. */
  public static void assertSameEventsExactlyOnce(
      Path captureDir, CaptureStore store, String capture) throws IOException {
    List<CaptureEvent> source = sourceEvents(captureDir);
    List<CaptureEvent> stored = storeEvents(store, capture);
    assertEquals(source.size(), stored.size(), "event count");
    assertEquals(source, stored);
    Set<String> keys = new HashSet<>();
    for (CaptureEvent event : stored) {
      if (!keys.add(event.getSessionId() + "/" + event.getSequence())) {
        throw new AssertionError(
            "duplicate event " + event.getSessionId() + "/" + event.getSequence());
      }
    }
  }

  /** Every sealed segment in the store is byte for byte the proxy's file. */
  public static void assertSealedCopiesIdentical(Path captureDir, Path proxyStoreDir)
      throws IOException {
    try (Stream<Path> files = Files.list(captureDir)) {
      for (Path source : files.filter(f -> f.toString().endsWith(".seg")).toList()) {
        Path copy = proxyStoreDir.resolve(source.getFileName());
        assertEquals(
            -1L, Files.mismatch(source, copy), source.getFileName() + " differs in the store");
      }
    }
  }
}
