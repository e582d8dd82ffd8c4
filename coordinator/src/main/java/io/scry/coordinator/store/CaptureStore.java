package io.scry.coordinator.store;

import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.segment.SegmentFileName;
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
 * capture name and proxy id.
 *
 * <pre>
 * store/
 *   orders-prod/                                   capture name
 *     proxy-a/                                     proxy id
 *       proxy-a-00000000000000000001.seg           sealed: complete
 *       proxy-a-00000000000000000002.seg.active    still being shipped
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
 * through {@link #proxyLog}; readers may read at any time and see every durable event. Thread-safe.
 */
public final class CaptureStore implements AutoCloseable {

  private final Path root;
  private final Map<Path, ProxyLog> logs = new HashMap<>();
  private final SegmentStatsCache stats = new SegmentStatsCache();

  private CaptureStore(Path root) {
    this.root = root;
  }

  /**
   * Opens (creating if needed) the store in {@code root} and recovers every proxy log in it.
   *
   * @throws IOException if the directory cannot be used or a stored segment's header is unreadable
   */
  public static CaptureStore open(Path root) throws IOException {
    DurableFiles.createDirectories(root);
    CaptureStore store = new CaptureStore(root);
    try {
      for (Path captureDir : namedSubdirectories(root)) {
        for (Path proxyDir : namedSubdirectories(captureDir)) {
          store.proxyLog(captureDir.getFileName().toString(), proxyDir.getFileName().toString());
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
   * The log the ingest server appends a proxy's segments to.
   *
   * @throws IllegalArgumentException if the capture name or proxy id is not valid (see {@link
   *     StoreNames})
   */
  public synchronized ProxyLog proxyLog(String captureName, String proxyId) throws IOException {
    Path dir =
        root.resolve(StoreNames.requireCaptureName(captureName))
            .resolve(StoreNames.requireProxyId(proxyId));
    ProxyLog log = logs.get(dir);
    if (log == null) {
      log = ProxyLog.open(dir, captureName, proxyId);
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
   * Opens all segments of a capture (every proxy, sealed and active) for reading in start order.
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
    for (ProxyLog log : logs.values()) {
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
      List<Path> files = segmentFiles(proxyDir);
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

  private static List<Path> segmentFiles(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(file -> SegmentFileName.parse(file).isPresent()).sorted().toList();
    }
  }
}
