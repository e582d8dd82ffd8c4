package io.scry.coordinator.node;

import io.scry.protocol.security.OwnerOnly;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The control database when none is configured: an embedded PostgreSQL whose data directory lives
 * under the node's store, with fsync on, so jobs survive a restart of the node or of its machine.
 */
final class ControlDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private ControlDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static ControlDatabase start(Path dataDirectory) {
    try {
      // It holds job specs: the directories on the way are the owner's only, like the store's.
      OwnerOnly.createDirectories(dataDirectory);
      return new ControlDatabase(
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              // The embedded server's defaults trade durability for speed; job state must survive
              // a crash of the machine.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded control database", e);
    }
  }

  String url() {
    return "postgres://postgres:postgres@localhost:" + postgres.getPort() + "/postgres";
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
