package io.scry.proxy.capture;

import io.scry.protocol.segment.SegmentWriter;
import io.scry.protocol.v1.CaptureEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves capture events off the event loops: {@link #offer} never blocks, and one writer thread
 * appends to the {@link SegmentWriter}, flushing when no event came for a flush interval and at
 * least once per flush interval while events keep coming.
 *
 * <p>Drop policy: when the bounded queue is full the event is dropped and counted ({@link
 * #dropped()}), with at most one warning per {@value #DROP_LOG_INTERVAL_SECONDS} seconds. Client
 * traffic never waits for the disk.
 *
 * <pre>{@code
 * CaptureWriter capture = CaptureWriter.start(segmentWriter, 65_536, Duration.ofMillis(200), e -> e);
 * capture.offer(event);   // any thread, never blocks
 * capture.close();        // drains, flushes and seals
 * }</pre>
 */
public final class CaptureWriter implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CaptureWriter.class);
  private static final long DROP_LOG_INTERVAL_SECONDS = 10;
  private static final CaptureEvent STOP = CaptureEvent.getDefaultInstance();

  private final SegmentWriter segments;
  private final BlockingQueue<CaptureEvent> queue;
  private final long flushIntervalNanos;
  private final UnaryOperator<CaptureEvent> beforeWrite;
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong lastDropLogNanos =
      new AtomicLong(System.nanoTime() - Long.MAX_VALUE / 2);
  private final Thread thread;
  private volatile boolean closed;

  private CaptureWriter(
      SegmentWriter segments,
      int capacity,
      Duration flushInterval,
      UnaryOperator<CaptureEvent> beforeWrite) {
    this.segments = segments;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.flushIntervalNanos = flushInterval.toNanos();
    this.beforeWrite = beforeWrite;
    this.thread = new Thread(this::run, "scry-capture-writer");
    thread.setDaemon(true);
  }

  /**
   * Starts the writer thread.
   *
   * @param capacity events the queue holds before dropping
   * @param flushInterval longest time an appended event stays in memory while traffic continues
   * @param beforeWrite applied on the writer thread before an event reaches disk (redaction)
   */
  public static CaptureWriter start(
      SegmentWriter segments,
      int capacity,
      Duration flushInterval,
      UnaryOperator<CaptureEvent> beforeWrite) {
    CaptureWriter writer = new CaptureWriter(segments, capacity, flushInterval, beforeWrite);
    writer.thread.start();
    return writer;
  }

  /** Queues an event for writing; returns false (and counts a drop) if the queue is full. */
  public boolean offer(CaptureEvent event) {
    if (!closed && queue.offer(event)) {
      return true;
    }
    long total = dropped.incrementAndGet();
    long now = System.nanoTime();
    long last = lastDropLogNanos.get();
    if (now - last >= TimeUnit.SECONDS.toNanos(DROP_LOG_INTERVAL_SECONDS)
        && lastDropLogNanos.compareAndSet(last, now)) {
      log.warn(
          "capture queue full ({} events): dropping events, {} dropped so far",
          queue.size(),
          total);
    }
    return false;
  }

  /** Events appended to the segment writer. */
  public long written() {
    return written.get();
  }

  /** Events dropped because the queue was full (or the writer closed). */
  public long dropped() {
    return dropped.get();
  }

  /** Events the segment writer failed to append (an I/O error, logged). */
  public long failed() {
    return failed.get();
  }

  /** Events waiting in the queue. */
  public int queued() {
    return queue.size();
  }

  private void run() {
    long lastFlush = System.nanoTime();
    boolean dirty = false;
    try {
      while (true) {
        CaptureEvent event = queue.poll(flushIntervalNanos, TimeUnit.NANOSECONDS);
        if (event == STOP) {
          break;
        }
        if (event != null) {
          append(event);
          dirty = true;
        }
        long now = System.nanoTime();
        if (dirty && (event == null || now - lastFlush >= flushIntervalNanos)) {
          flush();
          dirty = false;
          lastFlush = now;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void append(CaptureEvent event) {
    try {
      segments.append(beforeWrite.apply(event));
      written.incrementAndGet();
    } catch (IOException | RuntimeException e) {
      failed.incrementAndGet();
      log.error("could not append a capture event", e);
    }
  }

  private void flush() {
    try {
      segments.flush();
    } catch (IOException e) {
      log.error("could not flush capture segments", e);
    }
  }

  /** Stops accepting events, writes what is queued, then flushes and seals the active segment. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      queue.put(STOP);
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Offers that raced with close() landed behind STOP: write them too.
    for (CaptureEvent event = queue.poll(); event != null; event = queue.poll()) {
      append(event);
    }
    segments.close();
  }
}
