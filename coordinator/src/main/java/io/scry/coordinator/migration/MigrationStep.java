package io.scry.coordinator.migration;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.report.MigrationSummary;

/** Applies the migration to a database and tells what it did. */
@FunctionalInterface
public interface MigrationStep {

  /**
   * @param connections told of each connection the migration opens to {@code target}, as it opens,
   *     so that a rehearsal can tell the migration's server sessions from the traffic's, however
   *     many connections the command opens
   * @return the summary; a non-zero exit code there fails the check as a tool error
   */
  MigrationSummary apply(DatabaseUrl target, MigrationConnections connections);
}
