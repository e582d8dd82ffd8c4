package io.scry.proxy.capture;

import io.scry.protocol.segment.RecoveredSegment;
import io.scry.protocol.segment.SegmentFrames;
import io.scry.protocol.segment.SegmentWriter;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.GapReason;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves capture events off the event loops: {@link #offer} never blocks, and one writer thread
 * appends to the {@link SegmentWriter}, flushing whenever the queue runs dry and at least once per
 * flush interval while events keep coming.
 *
 * <p>The queue is lock-free (a CAS per offer): an event loop can never wait for the writer thread,
 * not even when that thread is descheduled. The writer polls and naps between batches instead of
 * being signalled, so producers never pay for waking it up.
 *
 * <p>Drop policy: when the queue holds {@code capacity} events, or its events hold {@code
 * maxQueuedBytes} (a few statements of hundreds of MiB would otherwise take the proxy's memory
 * however few they are), further events are dropped and counted ({@link #dropped()}), with at most
 * one warning per {@value #DROP_LOG_INTERVAL_SECONDS} seconds. Client traffic never waits for the
 * disk.
 *
 * <p>Gaps are data: every event that could not be captured (queue full, larger than a segment
 * frame, a write error or a full disk) is tallied per session and reason in a {@link GapLedger}
 * beside the queue, and the writer records each tally as one {@code CaptureGap} event: before the
 * session's next event that it writes, or at the end of the batch. A gap record whose write fails
 * stays in the ledger and is retried, so a gap is never silently lost while the writer runs.
 *
 * <pre>{@code
 * CaptureWriter capture =
 *     CaptureWriter.start(segmentWriter, 65_536, 256L << 20, Duration.ofMillis(100), e -> e);
 * capture.offer(event);   // any thread, never blocks
 * capture.close();        // drains, flushes and seals
 * }</pre>
 */
public final class CaptureWriter implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CaptureWriter.class);
  private static final long DROP_LOG_INTERVAL_SECONDS = 10;

  /** Nap between batches while events are coming. */
  private static final long BUSY_NAP_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

  private final SegmentWriter segments;
  private final Queue<CaptureEvent> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicLong queuedBytes = new AtomicLong();
  private final int capacity;
  private final long maxQueuedBytes;
  private final long flushIntervalNanos;
  private final UnaryOperator<CaptureEvent> beforeWrite;
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong gapsWritten = new AtomicLong();
  private final GapLedger gaps = new GapLedger();
  private final AtomicLong lastDropLogNanos =
      new AtomicLong(System.nanoTime() - Long.MAX_VALUE / 2);
  private final Thread thread;
  private volatile boolean closed;

  /** How many of the segment writer's {@link SegmentWriter#recovered()} have been logged. */
  private int recoveredLogged;

  private CaptureWriter(
      SegmentWriter segments,
      int capacity,
      long maxQueuedBytes,
      Duration flushInterval,
      UnaryOperator<CaptureEvent> beforeWrite) {
    this.segments = segments;
    this.capacity = capacity;
    this.maxQueuedBytes = maxQueuedBytes;
    this.flushIntervalNanos = flushInterval.toNanos();
    this.beforeWrite = beforeWrite;
    this.thread = new Thread(this::run, "scry-capture-writer");
    thread.setDaemon(true);
  }

  /**
   * Starts the writer thread.
   *
   * @param capacity events the queue holds before dropping
   * @param maxQueuedBytes serialized bytes the queued events may hold before dropping; an event
   *     larger than this alone is always dropped
   * @param flushInterval longest time an appended event stays in memory while traffic continues
   * @param beforeWrite applied on the writer thread before an event reaches disk (redaction)
   */
  public static CaptureWriter start(
      SegmentWriter segments,
      int capacity,
      long maxQueuedBytes,
      Duration flushInterval,
      UnaryOperator<CaptureEvent> beforeWrite) {
    CaptureWriter writer =
        new CaptureWriter(segments, capacity, maxQueuedBytes, flushInterval, beforeWrite);
    writer.thread.start();
    return writer;
  }

  /**
   * Queues an event for writing; returns false if the queue is full: the event is then counted as a
   * drop and in its session's gap (see the class comment).
   */
  public boolean offer(CaptureEvent event) {
    if (!closed) {
      long bytes = QueuedSize.of(event);
      if (queued.incrementAndGet() <= capacity) {
        if (queuedBytes.addAndGet(bytes) <= maxQueuedBytes) {
          queue.offer(event);
          return true;
        }
        queuedBytes.addAndGet(-bytes);
      }
      queued.decrementAndGet();
      gaps.lost(event, GapReason.GAP_QUEUE_FULL);
    }
    long total = dropped.incrementAndGet();
    long now = System.nanoTime();
    long last = lastDropLogNanos.get();
    if (now - last >= TimeUnit.SECONDS.toNanos(DROP_LOG_INTERVAL_SECONDS)
        && lastDropLogNanos.compareAndSet(last, now)) {
      log.warn(
          "capture queue full ({} events or {} bytes): dropping events, {} dropped so far",
          capacity,
          maxQueuedBytes,
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

  /**
   * Events the writer could not append: larger than a segment frame, or an I/O error (logged). Each
   * is part of a gap record.
   */
  public long failed() {
    return failed.get();
  }

  /** Gap records written. */
  public long gapsWritten() {
    return gapsWritten.get();
  }

  /** Events waiting in the queue. */
  public int queued() {
    return Math.max(0, queued.get());
  }

  private void run() {
    logRecovered(); // what opening the capture directory found
    long lastFlush = System.nanoTime();
    long lastEvent = lastFlush;
    boolean dirty = false;
    while (true) {
      boolean stopping = closed;
      int count = drain() + writeOpenGaps();
      long now = System.nanoTime();
      if (count > 0) {
        dirty = true;
        lastEvent = now;
      }
      if (dirty && (count == 0 || stopping || now - lastFlush >= flushIntervalNanos)) {
        flush(); // the queue ran dry, the interval passed, or we are stopping
        dirty = false;
        lastFlush = now;
      }
      if (stopping) {
        return; // close() set closed before waking us: everything offered before is written
      }
      // Short naps while busy; once idle for an interval, nap an interval (close() wakes us).
      LockSupport.parkNanos(
          now - lastEvent < flushIntervalNanos ? BUSY_NAP_NANOS : flushIntervalNanos);
    }
  }

  private int drain() {
    int count = 0;
    for (CaptureEvent event = queue.poll(); event != null; event = queue.poll()) {
      queued.decrementAndGet();
      queuedBytes.addAndGet(-QueuedSize.of(event));
      if (!gaps.isEmpty()) {
        writeGaps(gaps.takeSession(event.getSessionId())); // the gap comes before what follows it
      }
      append(event);
      count++;
    }
    return count;
  }

  private void append(CaptureEvent event) {
    CaptureEvent out;
    try {
      out = beforeWrite.apply(event);
    } catch (RuntimeException e) {
      lost(event, GapReason.GAP_WRITE_ERROR, e);
      return;
    }
    if (out.getSerializedSize() > SegmentFrames.MAX_PAYLOAD_BYTES) {
      // A statement with a huge parameter or SQL text: forwarded, but no frame can hold it.
      lost(event, GapReason.GAP_EVENT_TOO_LARGE, null);
      return;
    }
    try {
      segments.append(out);
      written.incrementAndGet();
    } catch (IOException | RuntimeException e) {
      lost(event, diskFull(e) ? GapReason.GAP_DISK_FULL : GapReason.GAP_WRITE_ERROR, e);
    }
  }

  private void lost(CaptureEvent event, GapReason reason, Exception cause) {
    failed.incrementAndGet();
    gaps.lost(event, reason);
    if (cause == null) {
      log.warn(
          "session {}: capture event {} of {} bytes exceeds the segment frame limit: recorded as a gap",
          event.getSessionId(),
          event.getSequence(),
          event.getSerializedSize());
    } else {
      log.error("could not append a capture event: recorded as a gap ({})", reason, cause);
    }
  }

  /** Writes every open gap (those of sessions with no event behind them in the queue). */
  private int writeOpenGaps() {
    if (gaps.isEmpty()) {
      return 0;
    }
    List<GapLedger.Tally> tallies = gaps.takeAll();
    writeGaps(tallies);
    return tallies.size();
  }

  /** Writes gap records; one that fails goes back to the ledger (with the rest) for a retry. */
  private void writeGaps(List<GapLedger.Tally> tallies) {
    for (int i = 0; i < tallies.size(); i++) {
      try {
        segments.append(tallies.get(i).toEvent());
        gapsWritten.incrementAndGet();
      } catch (IOException | RuntimeException e) {
        tallies.subList(i, tallies.size()).forEach(gaps::restore);
        log.debug("could not write a gap record yet: {}", e.toString());
        return;
      }
    }
  }

  private static boolean diskFull(Exception e) {
    String message = e.getMessage();
    return message != null && message.contains("No space left on device");
  }

  private void flush() {
    try {
      segments.flush();
    } catch (IOException e) {
      log.error("could not flush capture segments", e);
    }
    logRecovered();
  }

  /**
   * Logs the left-over active segments the segment writer has sealed since the last look: a crash's
   * (found on opening) or its own whose seal had failed.
   */
  private void logRecovered() {
    List<RecoveredSegment> recovered = segments.recovered();
    for (; recoveredLogged < recovered.size(); recoveredLogged++) {
      log.warn("capture: {}", recovered.get(recoveredLogged));
    }
  }

  /** Stops accepting events, writes what is queued, then flushes and seals the active segment. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    LockSupport.unpark(thread);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    drain(); // offers that raced with close()
    writeOpenGaps();
    if (!gaps.isEmpty()) {
      log.error("capture closed with unrecorded gaps: {}", gaps.takeAll());
    }
    segments.close();
    logRecovered();
  }
}
