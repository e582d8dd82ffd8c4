package io.scry.coordinator.migration;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.protocol.v1.ReplayResult;
import io.scry.worker.replay.RunningReplay;

/**
 * Replays the selected capture once against a database and returns the merged result. The capture,
 * its window and sample and the replay mode are fixed when the backend is made.
 */
public interface ReplayBackend extends AutoCloseable {

  /**
   * @param round the check's own round number, for logs
   * @throws MigrationCheckException when the replay fails
   */
  ReplayResult replay(DatabaseUrl target, int round);

  /**
   * Starts one TIMED replay of the capture on {@code target} at {@code speed} and returns at once
   * with a handle to cancel it: the traffic of a rehearsal, which runs while the migration runs and
   * is cancelled once it has been measured. Only a backend that replays in this process can.
   *
   * @throws UnsupportedOperationException when this backend replays through a cluster
   */
  default RunningReplay startTimed(DatabaseUrl target, double speed) {
    throw new UnsupportedOperationException(
        "the rehearsal needs the in-process replay: run without --cluster and --coordinator, or"
            + " with --no-rehearsal");
  }

  @Override
  void close();
}
