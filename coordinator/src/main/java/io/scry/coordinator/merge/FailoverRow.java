package io.scry.coordinator.merge;

import io.scry.protocol.v1.Failover;
import java.time.Instant;

/**
 * A shard taken from a worker that was lost mid-replay, as the job report shows it: up to {@code
 * statementsStreamed} of its statements may have been applied to the target twice.
 */
public record FailoverRow(
    int shard, int attempt, String worker, long statementsStreamed, long statements, Instant at) {

  static FailoverRow of(Failover failover) {
    return new FailoverRow(
        failover.getShard(),
        failover.getAttempt(),
        failover.getWorker(),
        failover.getStatementsStreamed(),
        failover.getStatements(),
        Instant.EPOCH.plusNanos(failover.getAtUnixNanos()));
  }
}
