package io.scry.coordinator.migration;

import io.scry.protocol.v1.Failover;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The failovers of a replay in one line, for the check's log and its failure. */
final class FailoverNotes {

  private FailoverNotes() {}

  /** E.g. {@code worker pekko://scry@10.0.0.7:25520 was lost with shard 1 (812 of 2,400 sent)}. */
  static String describe(List<Failover> failovers) {
    return failovers.stream()
        .map(
            f ->
                String.format(
                    Locale.ROOT,
                    "worker %s was lost with shard %d (%,d of its %,d statements sent)",
                    f.getWorker(),
                    f.getShard(),
                    f.getStatementsStreamed(),
                    f.getStatements()))
        .collect(Collectors.joining("; "));
  }
}
