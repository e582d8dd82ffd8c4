package io.scry.protocol.segment;

import io.scry.protocol.v1.CaptureEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The segments of one proxy read one after another, through a reorder buffer that restores start
 * order (see {@link CaptureDirectory} for the exact guarantee).
 */
final class ProxyStream {

  /** An event waiting in the reorder buffer, ordered by key, then append order. */
  record Pending(long key, long appendOrder, CaptureEvent event) implements Comparable<Pending> {
    @Override
    public int compareTo(Pending other) {
      int byKey = Long.compare(key, other.key);
      return byKey != 0 ? byKey : Long.compare(appendOrder, other.appendOrder);
    }
  }

  final int index;
  private final Deque<Path> files;
  private final List<SegmentDamage> damages;
  private final PriorityQueue<Pending> window = new PriorityQueue<>();

  private final CaptureOrder order = new CaptureOrder();

  private SegmentReader reader;
  private long appended;

  ProxyStream(int index, List<Path> files, List<SegmentDamage> damages) {
    this.index = index;
    this.files = new ArrayDeque<>(files);
    this.damages = damages;
  }

  /** Tops up the reorder buffer; false if it is empty because everything has been read. */
  boolean fill() throws IOException {
    while (window.size() < CaptureDirectory.REORDER_WINDOW) {
      CaptureEvent event = read();
      if (event == null) {
        break;
      }
      window.add(new Pending(order.next(event), appended++, event));
    }
    return !window.isEmpty();
  }

  Pending peek() {
    return window.peek();
  }

  CaptureEvent poll() {
    return window.poll().event();
  }

  void close() throws IOException {
    if (reader != null) {
      reader.close();
      reader = null;
    }
  }

  private CaptureEvent read() throws IOException {
    while (true) {
      if (reader == null) {
        Path file = files.poll();
        if (file == null) {
          return null;
        }
        reader = openOrReport(file);
        if (reader == null) {
          continue;
        }
      }
      CaptureEvent event = reader.next();
      if (event != null) {
        return event;
      }
      reader.damage().ifPresent(damages::add);
      close();
    }
  }

  private SegmentReader openOrReport(Path file) throws IOException {
    try {
      return SegmentReader.open(file);
    } catch (NoSuchFileException sealedMeanwhile) {
      // a writer sealed (renamed) this active segment after the directory was listed
      SegmentFileName name = SegmentFileName.parse(file).orElseThrow();
      Path sealed = file.resolveSibling(name.sealed().fileName());
      return name.active() && Files.exists(sealed) ? SegmentReader.open(sealed) : null;
    } catch (IOException badHeader) {
      if (!Files.isReadable(file)) {
        throw badHeader;
      }
      damages.add(new SegmentDamage(file, 0, SegmentDamage.Kind.CORRUPT, badHeader.getMessage()));
      return null;
    }
  }
}
