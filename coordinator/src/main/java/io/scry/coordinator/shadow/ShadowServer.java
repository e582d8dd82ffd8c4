package io.scry.coordinator.shadow;

import io.scry.coordinator.migration.DatabaseCloner;
import io.scry.coordinator.migration.MigrationCheckException;
import java.time.Duration;

/** The shadow's server as the place where clones and checkpoints are made and dropped. */
final class ShadowServer {
  private ShadowServer() {}

  /**
   * A cloner on the server of {@code shadow}, or a failure told in the shadow's words (which flag,
   * what is wrong) rather than a gate's.
   */
  static DatabaseCloner cloner(Endpoint shadow, Duration waitForSessions) {
    try {
      return new DatabaseCloner(shadow.url(), waitForSessions);
    } catch (MigrationCheckException e) {
      // Connect once more to tell the network, the login and the database apart.
      shadow.connect("postgres").close();
      throw new ShadowException(
          e.getMessage() + " (" + shadow.described() + ")",
          "check that the shadow server runs and accepts " + shadow.origin() + "'s user",
          e.details(),
          e);
    }
  }
}
