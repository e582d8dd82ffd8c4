package io.scry.protocol.cluster;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * How every node of the cluster stops when it is closed: its actor system terminates (running
 * CoordinatedShutdown, so the node leaves the cluster gracefully) and the caller waits for that, a
 * bounded time. Pekko-free: a node passes its actor system's {@code terminate} and {@code
 * getWhenTerminated()}.
 */
public final class NodeShutdown {

  /** How long a node may take to leave the cluster and stop before closing it gives up waiting. */
  public static final Duration LEAVE_TIMEOUT = Duration.ofSeconds(30);

  private NodeShutdown() {}

  /**
   * Runs {@code terminate} and waits until {@code terminated} completes.
   *
   * @throws java.util.concurrent.CompletionException with a {@link
   *     java.util.concurrent.TimeoutException} when that takes longer than {@link #LEAVE_TIMEOUT}
   */
  public static void terminateAndAwait(Runnable terminate, CompletionStage<?> terminated) {
    terminate.run();
    terminated
        .toCompletableFuture()
        .orTimeout(LEAVE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .join();
  }
}
