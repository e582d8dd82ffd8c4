package io.scry.worker.replay;

import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Says what a replay waits on when it stops making progress: when no event has been finished for a
 * whole interval while the replay waits on work (not on its schedule), it logs the sessions that
 * wait and what the target's {@code pg_stat_activity} shows (state, wait event, blocking pids,
 * query), so that a slow or stuck replay explains itself long before any timeout.
 */
final class Watchdog {

  private static final Logger log = LoggerFactory.getLogger(Watchdog.class);

  /** The target's busy backends, longest running first; one line each. */
  static final String ACTIVITY_SQL =
      "SELECT pid || ' ' || state || coalesce(' waits on ' || wait_event_type || ':' || wait_event,"
          + " '') || coalesce(' blocked by ' || nullif(pg_blocking_pids(pid)::text, '{}'), '')"
          + " || ' for ' || round(extract(epoch FROM clock_timestamp() - query_start)) || ' s: '"
          + " || left(regexp_replace(query, '\\s+', ' ', 'g'), 120)"
          + " FROM pg_stat_activity WHERE datname = current_database()"
          + " AND pid <> pg_backend_pid() AND state <> 'idle'"
          + " ORDER BY query_start LIMIT 10";

  private final ReplaySettings settings;
  private final TargetUrl target;
  private final SessionDispatcher dispatcher;
  private long lastProgress = -1;

  Watchdog(ReplaySettings settings, TargetUrl target, SessionDispatcher dispatcher) {
    this.settings = settings;
    this.target = target;
    this.dispatcher = dispatcher;
  }

  /** Checks every {@code interval} on {@code timer} until the timer is shut down. */
  void start(ScheduledExecutorService timer, Duration interval) {
    if (interval.isZero()) {
      return;
    }
    long nanos = interval.toNanos();
    timer.scheduleWithFixedDelay(this::check, nanos, nanos, TimeUnit.NANOSECONDS);
  }

  private void check() {
    try {
      long progress = dispatcher.progress();
      boolean stuck = progress == lastProgress && dispatcher.waitingOnWork();
      lastProgress = progress;
      if (stuck) {
        String waits = dispatcher.describeWaits();
        activity()
            .subscribe(
                lines ->
                    log.warn(
                        "job {} round {}: no progress for a while ({} events done); {}\n"
                            + "  the target {} shows:{}",
                        settings.jobId(),
                        settings.round(),
                        progress,
                        waits,
                        target.redacted(),
                        lines),
                error ->
                    log.warn(
                        "job {} round {}: no progress for a while ({} events done); {}\n"
                            + "  (cannot read the target's pg_stat_activity: {})",
                        settings.jobId(),
                        settings.round(),
                        progress,
                        waits,
                        error.getMessage()));
      }
    } catch (RuntimeException e) {
      log.warn("job {}: the replay watchdog failed: {}", settings.jobId(), e.toString());
    }
  }

  private Mono<String> activity() {
    PostgresqlConnectionFactory factory =
        new PostgresqlConnectionFactory(
            target.connectionConfiguration("scry-replay-watchdog").build());
    return Mono.usingWhen(
            factory.create(),
            connection ->
                Flux.from(connection.createStatement(ACTIVITY_SQL).execute())
                    .flatMap(result -> result.map((row, meta) -> row.get(0, String.class)))
                    .reduce(new StringBuilder(), (text, line) -> text.append("\n    ").append(line))
                    .map(StringBuilder::toString),
            connection -> connection.close())
        .timeout(Duration.ofSeconds(10))
        .map(lines -> lines.isEmpty() ? " no busy backend" : lines);
  }
}
