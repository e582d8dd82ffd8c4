package io.scry.coordinator.migration;

import io.scry.coordinator.report.Durations;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Says every so often that a long step without progress of its own is still running: a clone
 * ({@code CREATE DATABASE … TEMPLATE} reports nothing until done) or a migration that prints
 * nothing. A CI log that stays silent for minutes looks like a hang.
 */
final class Heartbeat implements AutoCloseable {
  static final Duration EVERY = Duration.ofSeconds(30);

  private final ScheduledExecutorService timer;

  private Heartbeat(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  /**
   * @param step what runs, e.g. {@code cloning shadow into scry_…_base}
   */
  static Heartbeat start(PrintStream log, String step, Duration every) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "scry-heartbeat");
              t.setDaemon(true);
              return t;
            });
    long started = System.nanoTime();
    timer.scheduleAtFixedRate(
        () ->
            log.println(
                "scry: still "
                    + step
                    + " ("
                    + Durations.compact((System.nanoTime() - started) / 1_000_000_000)
                    + ")"),
        every.toMillis(),
        every.toMillis(),
        TimeUnit.MILLISECONDS);
    return new Heartbeat(timer);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
