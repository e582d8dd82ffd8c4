package io.scry.cli.node;

import java.util.concurrent.CountDownLatch;

/**
 * Keeps a command that runs until SIGTERM or SIGINT (proxy, local) from returning too early: on the
 * signal the JVM runs {@code shutdown}, which closes what the command started, and only once it is
 * done does {@link #await} return. Without the wait the command would return, and the JVM exit,
 * while the capture is still being sealed or the cluster left.
 */
public final class UntilStopped {
  private final CountDownLatch stopped = new CountDownLatch(1);

  private UntilStopped() {}

  /**
   * Registers {@code shutdown} to run on SIGTERM or SIGINT in a thread of that name.
   *
   * @param threadName names the hook's thread in thread dumps, e.g. {@code scry-proxy-shutdown}
   */
  public static UntilStopped onSignal(String threadName, Runnable shutdown) {
    UntilStopped until = new UntilStopped();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    shutdown.run();
                  } finally {
                    until.stopped.countDown();
                  }
                },
                threadName));
    return until;
  }

  /** Waits until the shutdown run on the signal has finished. */
  public void await() throws InterruptedException {
    stopped.await();
  }
}
