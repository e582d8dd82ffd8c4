package io.scry.worker.replay;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A shard replay's early end ({@link RunningReplay#stop}): once stopped, every wait registered here
 * (a statement waiting for its due time, an event held back by the read-ahead) is released at once
 * with its stop value, so that the replay drains its queues without running anything more.
 */
final class ReplayStop {
  private volatile boolean stopped;
  private final Map<CompletableFuture<?>, Runnable> waits = new ConcurrentHashMap<>();

  boolean stopped() {
    return stopped;
  }

  /**
   * Registers {@code wait}: on {@link #stop} it completes with {@code onStop} unless it completed
   * before. Returns {@code wait}.
   */
  <T> CompletableFuture<T> release(CompletableFuture<T> wait, T onStop) {
    waits.put(wait, () -> wait.complete(onStop));
    wait.whenComplete((value, error) -> waits.remove(wait));
    if (stopped) {
      wait.complete(onStop);
    }
    return wait;
  }

  void stop() {
    stopped = true;
    waits.values().forEach(Runnable::run);
  }
}
