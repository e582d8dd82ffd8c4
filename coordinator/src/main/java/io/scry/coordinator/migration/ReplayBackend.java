package io.scry.coordinator.migration;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.protocol.v1.ReplayResult;

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

  @Override
  void close();
}
