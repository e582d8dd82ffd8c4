package io.scry.coordinator.migration;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.report.MigrationSummary;

/** Applies the migration to a database (the candidate's template) and tells what it did. */
@FunctionalInterface
public interface MigrationStep {

  /**
   * @return the summary; a non-zero exit code there fails the check as a tool error
   */
  MigrationSummary apply(DatabaseUrl candidate);
}
