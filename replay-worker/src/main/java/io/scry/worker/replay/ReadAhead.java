package io.scry.worker.replay;

import io.scry.protocol.replay.ReplayMode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * TIMED: holds each event of the stream back until it is due within {@link ReplayLimits#readAhead}.
 * The stream is in start-time order, so every event due sooner has been read by then; the shard
 * buffer holds a few seconds of the schedule, whatever the capture's size. STRESS: events pass at
 * once (everything is due at t0).
 */
final class ReadAhead {

  private final ReplaySettings settings;
  private final ReplayClock clock;
  private final ScheduledExecutorService timer;
  private final long readAheadNanos;
  private final ReplayStop stop;

  ReadAhead(
      ReplaySettings settings,
      ReplayClock clock,
      ScheduledExecutorService timer,
      ReplayLimits limits,
      ReplayStop stop) {
    this.stop = stop;
    this.settings = settings;
    this.clock = clock;
    this.timer = timer;
    this.readAheadNanos = limits.readAhead().toNanos();
  }

  /** Completes with {@code event} once it may be read, or at once when the replay is stopped. */
  CompletionStage<ReplayEvent> whenReadable(ReplayEvent event) {
    if (settings.mode() != ReplayMode.TIMED) {
      return CompletableFuture.completedFuture(event);
    }
    long readAt =
        clock.toNanoTime(settings.dueUnixNanos(event.event().getStartUnixNanos())) - readAheadNanos;
    long delay = readAt - System.nanoTime();
    if (delay <= 0) {
      return CompletableFuture.completedFuture(event);
    }
    // A stopped replay lets the event through at once: its session drops it unreplayed.
    CompletableFuture<ReplayEvent> readable = stop.release(new CompletableFuture<>(), event);
    timer.schedule(() -> readable.complete(event), delay, TimeUnit.NANOSECONDS);
    return readable;
  }
}
