package io.scry.coordinator.merge;

import io.scry.protocol.v1.Failover;
import java.time.Instant;
import java.util.Locale;

/**
 * A shard taken from a worker that was lost mid-replay, as the job report shows it: up to {@code
 * statementsStreamed} of its statements may have been applied to the target twice. With {@code
 * wholePhase}, a coordinator restart interrupted the phase, which then ran again from its start.
 */
public record FailoverRow(
    boolean wholePhase,
    int shard,
    int attempt,
    String worker,
    long statementsStreamed,
    long statements,
    Instant at) {

  public static FailoverRow of(Failover failover) {
    return new FailoverRow(
        failover.getWholePhase(),
        failover.getShard(),
        failover.getAttempt(),
        failover.getWorker(),
        failover.getStatementsStreamed(),
        failover.getStatements(),
        Instant.EPOCH.plusNanos(failover.getAtUnixNanos()));
  }

  /** One line for a person. */
  public String describe() {
    if (wholePhase) {
      return "a coordinator restart interrupted this phase, which ran again from its start: the"
          + " writes of the interrupted run, if it had begun, were applied twice";
    }
    return String.format(
        Locale.ROOT,
        "shard %d replayed again after worker %s was lost (attempt %d had been sent %,d of its %,d"
            + " statements; the writes it ran were applied twice)",
        shard,
        worker,
        attempt,
        statementsStreamed,
        statements);
  }
}
