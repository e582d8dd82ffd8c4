package io.scry.coordinator.rehearsal;

import io.scry.coordinator.config.DatabaseUrl;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches a database's locks while a migration runs on it: one connection, one query per sample, on
 * a daemon thread of its own, until {@link #stop()}.
 *
 * <pre>{@code
 * LockMonitor monitor = LockMonitor.start(clone);          // returns after the first sample
 * ... run the migration while the traffic replays ...
 * LockTimeline timeline = monitor.stop();
 * LockAnalysis analysis = LockAnalysis.of(timeline, MigrationBackends.byClientPorts(ports));
 * }</pre>
 *
 * A failed sample is counted in the timeline and sampling goes on; a lost connection ends sampling
 * and the timeline says why ({@link LockTimeline#endReason()}). The connection is closed in every
 * case. Samples are due every interval; one that takes longer delays the next, never queues more.
 */
public final class LockMonitor implements AutoCloseable {
  public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(10);

  /** Lock waits shorter than the interval can go unseen; beyond this too many would. */
  public static final Duration MAX_INTERVAL = Duration.ofMillis(20);

  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private final MonitorConnection connection;
  private final TimelineBuilder builder;
  private final long intervalNanos;
  private final Thread thread;
  private final CountDownLatch started = new CountDownLatch(1);
  private volatile boolean stopping;
  private volatile LockTimeline timeline;
  private volatile String startFailure;

  private LockMonitor(MonitorConnection connection, Duration interval) {
    this.connection = connection;
    this.builder = new TimelineBuilder(interval);
    this.intervalNanos = interval.toNanos();
    this.thread = new Thread(this::run, "scry-lock-monitor");
    this.thread.setDaemon(true);
  }

  /** {@link #start(DatabaseUrl, Duration)} at the {@link #DEFAULT_INTERVAL}. */
  public static LockMonitor start(DatabaseUrl database) {
    return start(database, DEFAULT_INTERVAL);
  }

  /**
   * Connects to {@code database} and starts sampling every {@code interval}; returns once the first
   * sample is in, so that whatever the caller starts next is watched from its beginning.
   *
   * @throws LockMonitorException when the database cannot be reached or cannot be sampled
   * @throws IllegalArgumentException when the interval is not positive or above {@link
   *     #MAX_INTERVAL}
   */
  public static LockMonitor start(DatabaseUrl database, Duration interval) {
    if (interval.isNegative() || interval.isZero() || interval.compareTo(MAX_INTERVAL) > 0) {
      throw new IllegalArgumentException(
          "the lock sampling interval must be more than 0 and at most "
              + MAX_INTERVAL.toMillis()
              + " ms, got "
              + interval.toMillis()
              + " ms");
    }
    LockMonitor monitor = new LockMonitor(MonitorConnection.open(database), interval);
    monitor.thread.start();
    try {
      monitor.started.await();
    } catch (InterruptedException e) {
      monitor.stop();
      Thread.currentThread().interrupt();
      throw new LockMonitorException("interrupted while starting the lock monitor", e);
    }
    if (monitor.startFailure != null) {
      monitor.stop();
      throw new LockMonitorException(
          "cannot sample the locks of " + database + ": " + monitor.startFailure, null);
    }
    return monitor;
  }

  /**
   * Stops sampling, closes the connection and returns what was seen. Idempotent: later calls return
   * the same timeline.
   */
  public synchronized LockTimeline stop() {
    stopping = true;
    LockSupport.unpark(thread);
    try {
      thread.join(STOP_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (timeline == null) {
      // Every step of a sample is bounded by a timeout, so this means a bug, not a slow server.
      throw new IllegalStateException("the lock monitor did not stop within " + STOP_WAIT);
    }
    return timeline;
  }

  @Override
  public void close() {
    stop();
  }

  private void run() {
    LockTimeline.EndReason reason = LockTimeline.EndReason.STOPPED;
    String detail = null;
    try {
      long due = System.nanoTime();
      while (!stopping) {
        long begin = System.nanoTime();
        try {
          Sample sample = connection.sample();
          builder.add(sample, System.nanoTime() - begin);
          started.countDown();
        } catch (RuntimeException e) {
          String message = MonitorConnection.rootMessage(e);
          builder.failed(message);
          if (builder.samples() == 0) {
            startFailure = message;
            break;
          }
          if (timedOut(e) || !connection.isOpen()) {
            reason = LockTimeline.EndReason.CONNECTION_LOST;
            detail = timedOut(e) ? "the database stopped answering: " + message : message;
            break;
          }
        }
        due += intervalNanos;
        long now = System.nanoTime();
        if (now - due > 0) {
          builder.overrun();
          due = now;
        }
        for (long wait = due - now; !stopping && wait > 0; wait = due - System.nanoTime()) {
          LockSupport.parkNanos(this, wait);
        }
      }
    } finally {
      connection.close();
      timeline = builder.build(reason, detail);
      started.countDown();
    }
  }

  private static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }
}
