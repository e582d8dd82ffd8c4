package io.scry.cli.ci;

import io.scry.cli.cluster.LocalCluster;
import io.scry.cli.jobs.JobApi;
import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.migration.DatabaseCloner;
import io.scry.coordinator.migration.MigrationCheckException;
import io.scry.protocol.security.Secrets;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The cluster a gate without {@code --coordinator} replays on: a coordinator and {@code workers}
 * workers in this process, whose HTTP job API listens on the loopback interface with a token of its
 * own, so that the gate submits to it exactly as it would to a remote coordinator. The workers are
 * actors of the coordinator's actor system: a cluster of one node starts in a fraction of the time
 * two nodes take to join, and a gate on one machine gains nothing from an Artery hop. Its control
 * database is a temporary database on the shadow's server and its capture store a temporary
 * directory, both removed on close.
 */
final class EmbeddedCluster implements AutoCloseable {
  private static final Duration WORKERS_UP = Duration.ofSeconds(60);

  private final LocalCluster cluster;
  private final JobApi api;
  private final DatabaseUrl shadow;
  private final String controlDb;
  private final Path store;

  private EmbeddedCluster(
      LocalCluster cluster, JobApi api, DatabaseUrl shadow, String controlDb, Path store) {
    this.cluster = cluster;
    this.api = api;
    this.shadow = shadow;
    this.controlDb = controlDb;
    this.store = store;
  }

  /**
   * Starts the cluster and waits until every worker is ready for a job.
   *
   * @param controlDb the name of its control database, created on the shadow's server
   */
  static EmbeddedCluster start(DatabaseUrl shadow, int workers, String controlDb) {
    Path store;
    try {
      store = Files.createTempDirectory("scry-ci-store-");
    } catch (IOException e) {
      throw new MigrationCheckException(
          "cannot create a temporary directory: " + e.getMessage(), e);
    }
    LocalCluster cluster = null;
    try {
      DatabaseUrl control;
      try (DatabaseCloner server = new DatabaseCloner(shadow, Duration.ZERO)) {
        control = server.create(controlDb);
      }
      String token = Secrets.random();
      cluster =
          LocalCluster.start(
              new LocalCluster.Config(
                      workers,
                      store,
                      control.toUrl(),
                      new InetSocketAddress("127.0.0.1", 0),
                      null,
                      token)
                  .colocatedWorkers());
      cluster.awaitWorkersUp(WORKERS_UP);
      InetSocketAddress http = cluster.coordinator().httpAddress();
      JobApi api = new JobApi("http://127.0.0.1:" + http.getPort(), token);
      return new EmbeddedCluster(cluster, api, shadow, controlDb, store);
    } catch (TimeoutException e) {
      cleanUp(cluster, shadow, controlDb, store);
      throw new MigrationCheckException(
          "the embedded cluster's workers did not start: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      cleanUp(cluster, shadow, controlDb, store);
      Thread.currentThread().interrupt();
      throw new MigrationCheckException("interrupted while starting the embedded cluster", e);
    } catch (RuntimeException e) {
      cleanUp(cluster, shadow, controlDb, store);
      if (e instanceof MigrationCheckException) {
        throw e;
      }
      throw new MigrationCheckException(
          "cannot start the embedded replay cluster: " + e.getMessage(), e);
    }
  }

  /** The client of its job API. */
  JobApi api() {
    return api;
  }

  @Override
  public void close() {
    cleanUp(cluster, shadow, controlDb, store);
  }

  private static void cleanUp(
      LocalCluster cluster, DatabaseUrl shadow, String controlDb, Path store) {
    if (cluster != null) {
      cluster.close();
    }
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
