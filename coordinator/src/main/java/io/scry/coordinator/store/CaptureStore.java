package io.scry.coordinator.store;

import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.segment.SegmentFileName;
import io.scry.protocol.segment.SpoolId;
import io.scry.protocol.v1.CaptureEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The coordinator's capture store: byte-identical copies of the proxies' segment files, filed by
 * capture name, proxy id and spool (the proxy's capture directory, {@link SpoolId}), so that a
 * proxy that comes back with a new directory, a restored backup, or a second proxy given the same
 * id never has its segments taken for ones the store already holds.
 *
 * <pre>
 * store/
 *   orders-prod/                                     capture name
 *     proxy-a/                                       proxy id
 *       5b0c7d2e-...-9a1f/                           spool id
 *         proxy-a-00000000000000000001.seg           sealed: complete
 *         proxy-a-00000000000000000002.seg.active    still being shipped
 *       c41e09aa-...-77d0/                           the same proxy id from another directory
 *         proxy-a-00000000000000000001.seg
 *       proxy-a-00000000000000000001.seg             the legacy spool: segments without a spool id
 *     proxy-b/
 *       ...
 * </pre>
 *
 * Reading a capture:
 *
 * <pre>{@code
 * CaptureInfo info = store.info("orders-prod").orElseThrow();
 * try (Stream<CaptureEvent> events = store.events("orders-prod", info.lastWindow(ofMinutes(15)))) {
 *   events.forEach(...);
 * }
 * }</pre>
 *
 * <p>Opening a store recovers from a crash: active copies are cut back to their last intact frame,
 * so the durable offsets offered to shippers are exactly what is on disk. The ingest server writes
 * through {@link #spoolLog}; readers may read at any time and see every durable event. Thread-safe.
 */
public final class CaptureStore implements AutoCloseable {

  private final Path root;
  private final Map<Path, SpoolLog> logs = new HashMap<>();
  private final SegmentStatsCache stats = new SegmentStatsCache();

  private CaptureStore(Path root) {
    this.root = root;
  }

  /**
   * Opens (creating if needed) the store in {@code root} and recovers every spool log in it.
   *
   * @throws IOException if the directory cannot be used or a stored segment's header is unreadable
   */
  public static CaptureStore open(Path root) throws IOException {
    DurableFiles.createDirectories(root);
    CaptureStore store = new CaptureStore(root);
    try {
      for (Path captureDir : namedSubdirectories(root)) {
        for (Path proxyDir : namedSubdirectories(captureDir)) {
          String capture = captureDir.getFileName().toString();
          String proxyId = proxyDir.getFileName().toString();
          store.spoolLog(capture, proxyId, SpoolId.LEGACY);
          for (Path spoolDir : spoolSubdirectories(proxyDir)) {
            store.spoolLog(capture, proxyId, SpoolId.parse(spoolDir.getFileName().toString()));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  /** The store's directory. */
  public Path root() {
    return root;
  }

  /**
   * The log the ingest server appends the segments of one spool of a proxy to.
   *
   * @throws IllegalArgumentException if the capture name or proxy id is not valid (see {@link
   *     StoreNames})
   */
  public synchronized SpoolLog spoolLog(String captureName, String proxyId, SpoolId spool)
      throws IOException {
    Path proxyDir =
        root.resolve(StoreNames.requireCaptureName(captureName))
            .resolve(StoreNames.requireProxyId(proxyId));
    // The legacy spool keeps the layout of stores written before spools had ids.
    Path dir = spool.isLegacy() ? proxyDir : proxyDir.resolve(spool.text());
    SpoolLog log = logs.get(dir);
    if (log == null) {
      log = SpoolLog.open(dir, captureName, proxyId, spool);
      logs.put(dir, log);
    }
    return log;
  }

  /** Every capture with at least one segment, sorted by name. */
  public List<CaptureInfo> list() throws IOException {
    List<CaptureInfo> captures = new ArrayList<>();
    for (Path captureDir : namedSubdirectories(root)) {
      CaptureInfo info = summarize(captureDir.getFileName().toString(), captureDir);
      if (info.segments() > 0) {
        captures.add(info);
      }
    }
    return captures;
  }

  /** The capture named {@code name}, if the store holds any segment of it. */
  public Optional<CaptureInfo> info(String name) throws IOException {
    Path dir = captureDir(name);
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    CaptureInfo info = summarize(name, dir);
    return info.segments() > 0 ? Optional.of(info) : Optional.empty();
  }

  /**
   * Opens all segments of a capture (every proxy and spool, sealed and active) for reading in start
   * order; each spool is one stream of {@link CaptureDirectory}.
   *
   * @throws IllegalArgumentException if {@code name} is not a valid capture name
   * @throws NoSuchFileException if the store holds no capture of that name
   */
  public CaptureDirectory open(String name) throws IOException {
    Path dir = captureDir(name);
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "no capture named '" + name + "'");
    }
    return CaptureDirectory.open(dir);
  }

  /**
   * The events of a capture that start within {@code window}, in start order (as {@link
   * CaptureDirectory} orders them). Close the stream when done; read errors surface as {@link
   * UncheckedIOException}.
   *
   * @throws IllegalArgumentException if {@code name} is not a valid capture name
   * @throws NoSuchFileException if the store holds no capture of that name
   */
  public Stream<CaptureEvent> events(String name, TimeWindow window) throws IOException {
    CaptureDirectory directory = open(name);
    return directory.stream()
        .filter(window::contains)
        .onClose(
            () -> {
              try {
                directory.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Closes the files the ingest side holds open. */
  @Override
  public synchronized void close() throws IOException {
    IOException failure = null;
    for (SpoolLog log : logs.values()) {
      try {
        log.close();
      } catch (IOException e) {
        failure = e;
      }
    }
    logs.clear();
    if (failure != null) {
      throw failure;
    }
  }

  private Path captureDir(String name) {
    return root.resolve(StoreNames.requireCaptureName(name));
  }

  private CaptureInfo summarize(String name, Path captureDir) throws IOException {
    List<String> proxies = new ArrayList<>();
    int segments = 0;
    long bytes = 0;
    long events = 0;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (Path proxyDir : namedSubdirectories(captureDir)) {
      List<Path> files = new ArrayList<>(segmentFiles(proxyDir));
      for (Path spoolDir : spoolSubdirectories(proxyDir)) {
        files.addAll(segmentFiles(spoolDir));
      }
      if (files.isEmpty()) {
        continue;
      }
      proxies.add(proxyDir.getFileName().toString());
      for (Path file : files) {
        SegmentStats segment = stats.of(file);
        segments++;
        bytes += segment.position();
        events += segment.events();
        first = Math.min(first, segment.minStartUnixNanos());
        last = Math.max(last, segment.maxStartUnixNanos());
      }
    }
    return new CaptureInfo(
        name, proxies, segments, bytes, events, events == 0 ? 0 : first, events == 0 ? 0 : last);
  }

  /** Subdirectories whose names are valid capture names / proxy ids; anything else is ignored. */
  private static List<Path> namedSubdirectories(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(Files::isDirectory)
          .filter(sub -> StoreNames.isValid(sub.getFileName().toString()))
          .sorted()
          .toList();
    }
  }

  /** Subdirectories of a proxy's directory whose names are spool ids. */
  private static List<Path> spoolSubdirectories(Path proxyDir) throws IOException {
    try (Stream<Path> entries = Files.list(proxyDir)) {
      return entries
          .filter(Files::isDirectory)
          .filter(sub -> isSpoolId(sub.getFileName().toString()))
          .sorted()
          .toList();
    }
  }

  private static boolean isSpoolId(String name) {
    try {
      return !SpoolId.parse(name).isLegacy();
    } catch (IllegalArgumentException notASpool) {
      return false;
    }
  }

  private static List<Path> segmentFiles(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(file -> SegmentFileName.parse(file).isPresent()).sorted().toList();
    }
  }
}
