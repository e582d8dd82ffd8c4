package io.scry.coordinator.migration;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.protocol.v1.ReplayResult;
import java.time.Duration;

/**
 * Replays the selected capture against a database as a job on a cluster (embedded in the process or
 * a running coordinator). The capture, its window and sample and the replay mode are fixed when the
 * backend is made.
 */
public interface ReplayBackend extends AutoCloseable {

  /**
   * Replays the capture once on {@code target} and returns the merged result.
   *
   * @param round the check's own round number, for logs
   * @throws MigrationCheckException when the replay fails
   */
  ReplayResult replay(DatabaseUrl target, int round);

  /**
   * Starts one TIMED replay of the capture on {@code target} at {@code speed} and returns once its
   * traffic has begun, with a handle to stop it: the traffic of a rehearsal, which runs while the
   * migration runs and is stopped once it has been measured.
   *
   * @param measureAfter the statements captured this long after the first one are measured; the
   *     earlier ones are replayed only ({@link Duration#ZERO}: all are measured)
   * @throws MigrationCheckException when the replay cannot start
   */
  RehearsalTraffic startTimed(DatabaseUrl target, double speed, Duration measureAfter);

  @Override
  void close();
}
