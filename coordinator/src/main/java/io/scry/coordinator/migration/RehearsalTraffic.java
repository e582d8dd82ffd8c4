package io.scry.coordinator.migration;

import io.scry.protocol.v1.ReplayResult;
import java.util.concurrent.CompletionStage;

/** The timed replay that plays the captured traffic while the rehearsal's migration runs. */
public interface RehearsalTraffic {

  /**
   * Completes when the traffic has ended: the whole capture replayed, or stopped or cancelled.
   * Fails with a {@link MigrationCheckException} when the replay failed: a rehearsal without its
   * traffic would pass any migration.
   */
  CompletionStage<Void> ended();

  /**
   * Asks the traffic to stop now, keeping what it measured; returns at once ({@link #result()}
   * waits for it). Does nothing once the traffic has ended.
   *
   * @throws MigrationCheckException when the stop cannot be asked for
   */
  void requestStop();

  /**
   * Waits for the stopped (or ended) traffic's result: the statements captured after the replay's
   * measure-from offset, up to the stop.
   *
   * @throws MigrationCheckException when the replay failed or its result cannot be read
   */
  ReplayResult result();

  /** Stops the traffic, dropping its result; does nothing once it has ended. */
  void cancel();
}
