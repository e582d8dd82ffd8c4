package io.scry.cli.ci;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.jobs.JobSpec;
import io.scry.coordinator.migration.DatabaseCloner;
import io.scry.coordinator.migration.JobReplayBackend;
import io.scry.coordinator.migration.MigrationCheckException;
import io.scry.coordinator.migration.ReplayBackend;
import io.scry.protocol.v1.ReplayResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * {@code --cluster}: replays through a one-worker cluster embedded in the process, whose control
 * database is a temporary database on the shadow's server (dropped on close) and whose capture
 * store is a temporary directory.
 */
final class EmbeddedClusterBackend implements ReplayBackend {
  private final JobReplayBackend jobs;
  private final DatabaseUrl shadow;
  private final String controlDb;
  private final Path store;

  private EmbeddedClusterBackend(
      JobReplayBackend jobs, DatabaseUrl shadow, String controlDb, Path store) {
    this.jobs = jobs;
    this.shadow = shadow;
    this.controlDb = controlDb;
    this.store = store;
  }

  static EmbeddedClusterBackend start(JobSpec spec, DatabaseUrl shadow, Duration timeout) {
    String controlDb =
        "scry_control_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 28);
    Path store;
    try {
      store = Files.createTempDirectory("scry-ci-store-");
    } catch (IOException e) {
      throw new MigrationCheckException(
          "cannot create a temporary directory: " + e.getMessage(), e);
    }
    DatabaseUrl control;
    try (DatabaseCloner server = new DatabaseCloner(shadow, Duration.ZERO)) {
      control = server.create(controlDb);
    }
    try {
      return new EmbeddedClusterBackend(
          JobReplayBackend.embedded(spec, control, store, timeout), shadow, controlDb, store);
    } catch (RuntimeException e) {
      cleanUp(shadow, controlDb, store);
      throw e;
    }
  }

  @Override
  public ReplayResult replay(DatabaseUrl target, int round) {
    return jobs.replay(target, round);
  }

  @Override
  public void close() {
    jobs.close();
    cleanUp(shadow, controlDb, store);
  }

  private static void cleanUp(DatabaseUrl shadow, String controlDb, Path store) {
    try (DatabaseCloner server = new DatabaseCloner(shadow, Duration.ZERO)) {
      server.drop(controlDb);
    } catch (RuntimeException e) {
      // Best effort: the database name says what it was.
    }
    try (Stream<Path> files = Files.walk(store)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless.
    }
  }
}
