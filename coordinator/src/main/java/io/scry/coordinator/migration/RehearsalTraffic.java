package io.scry.coordinator.migration;

import java.util.concurrent.CompletionStage;

/** The timed replay that plays the captured traffic while the rehearsal's migration runs. */
public interface RehearsalTraffic {

  /**
   * Completes when the traffic has ended: the whole capture replayed, or cancelled. Fails with a
   * {@link MigrationCheckException} when the replay failed: a rehearsal without its traffic would
   * pass any migration.
   */
  CompletionStage<Void> ended();

  /** Stops the traffic; does nothing once it has ended. */
  void cancel();
}
