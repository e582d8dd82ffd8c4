package io.scry.protocol.segment;

import io.scry.protocol.v1.CaptureEvent;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads every segment file under a directory tree (several proxies, sealed and active) as one
 * stream of events in capture order ({@link CaptureOrder}).
 *
 * <p>Ordering guarantee. The segments of one proxy in one directory are read in sequence order as
 * one stream. A proxy appends an event when the statement completes, so its stream is only
 * approximately ordered by start: each proxy stream passes through a reorder buffer of {@value
 * #REORDER_WINDOW} events, and the proxy streams are merged by start time. An event comes out in
 * exact order unless more than {@value #REORDER_WINDOW} events of its proxy were appended between
 * its start and its completion; then it comes out late, never dropped. The order is {@link
 * CaptureOrder}'s: start time, a session's end at the time the session ended, and within a session
 * always the order the events were appended (which is their sequence order). Ties are broken by
 * proxy stream, then append order.
 *
 * <p>Damaged files are read up to the damage and then the next file is read; {@link #damages()}
 * lists what was found. A file whose header cannot be read is reported as {@code CORRUPT} at offset
 * 0. Files whose names are not segment names are ignored. Not thread-safe.
 */
public final class CaptureDirectory implements Closeable {

  /** Events held per proxy stream to restore start order. */
  public static final int REORDER_WINDOW = 4096;

  private final List<Path> files;
  private final List<SegmentDamage> damages = new ArrayList<>();
  private final PriorityQueue<ProxyStream> merge = new PriorityQueue<>(CaptureDirectory::byHead);
  private final List<ProxyStream> streams;

  /** Orders proxy streams by their next event: key, then stream, then append order. */
  private static int byHead(ProxyStream a, ProxyStream b) {
    ProxyStream.Pending x = a.peek();
    ProxyStream.Pending y = b.peek();
    int byKey = Long.compare(x.key(), y.key());
    if (byKey != 0) {
      return byKey;
    }
    int byStream = Integer.compare(a.index, b.index);
    return byStream != 0 ? byStream : Long.compare(x.appendOrder(), y.appendOrder());
  }

  private CaptureDirectory(List<Path> files, List<ProxyStream> streams) {
    this.files = files;
    this.streams = streams;
  }

  /**
   * Opens every segment file under {@code dir}.
   *
   * @throws IOException if {@code dir} does not exist, is not a directory or cannot be listed
   */
  public static CaptureDirectory open(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "capture directory does not exist");
    }
    if (!Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir.toString());
    }
    Map<String, List<Path>> byProxy = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(file -> SegmentFileName.parse(file).isPresent())
              .sorted(
                  Comparator.comparing((Path file) -> file.getParent().toString())
                      .thenComparing(file -> SegmentFileName.parse(file).orElseThrow().proxyId())
                      .thenComparingLong(
                          file -> SegmentFileName.parse(file).orElseThrow().sequence()))
              .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path file : files) {
      String proxyId = SegmentFileName.parse(file).orElseThrow().proxyId();
      byProxy
          .computeIfAbsent(file.getParent() + "\0" + proxyId, key -> new ArrayList<>())
          .add(file);
    }
    List<ProxyStream> streams = new ArrayList<>();
    CaptureDirectory directory = new CaptureDirectory(files, streams);
    for (List<Path> proxyFiles : byProxy.values()) {
      streams.add(new ProxyStream(streams.size(), proxyFiles, directory.damages));
    }
    try {
      for (ProxyStream stream : streams) {
        if (stream.fill()) {
          directory.merge.add(stream);
        }
      }
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    return directory;
  }

  /** The segment files found, grouped by directory and proxy, in sequence order. */
  public List<Path> files() {
    return files;
  }

  /** The next event in start order, or null when every file has been read. */
  public CaptureEvent next() throws IOException {
    ProxyStream stream = merge.poll();
    if (stream == null) {
      return null;
    }
    CaptureEvent event = stream.poll();
    if (stream.fill()) {
      merge.add(stream);
    }
    return event;
  }

  /** The remaining events as a stream; read errors surface as {@link UncheckedIOException}. */
  public Stream<CaptureEvent> stream() {
    Spliterator<CaptureEvent> events =
        new Spliterators.AbstractSpliterator<>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super CaptureEvent> action) {
            try {
              CaptureEvent event = next();
              if (event == null) {
                return false;
              }
              action.accept(event);
              return true;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        };
    return StreamSupport.stream(events, false);
  }

  /** Damage found so far; complete once {@link #next()} has returned null. */
  public List<SegmentDamage> damages() {
    return List.copyOf(damages);
  }

  /** Reads all remaining events and summarizes them. */
  public CaptureSummary summarize() throws IOException {
    CaptureSummary.Accumulator summary = new CaptureSummary.Accumulator();
    for (CaptureEvent event; (event = next()) != null; ) {
      summary.accept(event);
    }
    return summary.finish(files.size(), damages);
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (ProxyStream stream : streams) {
      try {
        stream.close();
      } catch (IOException e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
