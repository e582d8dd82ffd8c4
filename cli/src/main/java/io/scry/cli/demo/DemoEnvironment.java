package io.scry.cli.demo;

import io.scry.coordinator.shadow.ShadowCheckpoint;
import io.scry.fixtures.db.LocalPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Everything the demo started (servers, proxy, the shadow's replication) and its temporary
 * directory, released exactly once: the replication first, then the rest side by side; at the end
 * of the run, or by the JVM shutdown hook when interrupted (Ctrl-C).
 */
final class DemoEnvironment implements AutoCloseable {
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  // What must end while the servers still run (the shadow's replication), in order, first.
  private final List<AutoCloseable> beforeServers = new ArrayList<>();
  private final Path directory;
  private final Thread shutdownHook = new Thread(() -> release(true), "scry-demo-cleanup");
  private boolean released;
  private LocalPostgres production;
  private LocalPostgres shadow;

  DemoEnvironment() throws IOException {
    directory = Files.createTempDirectory("scry-demo-");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  Path directory() {
    return directory;
  }

  /**
   * An empty configuration file for the gate: its documented defaults, whatever scry.yaml the
   * working directory holds.
   */
  Path gateConfig() throws IOException {
    Path file = directory.resolve("scry-demo.yaml");
    if (!Files.exists(file)) {
      Files.writeString(file, "# scry-cluster demo: the gate's defaults\n");
    }
    return file;
  }

  void production(LocalPostgres server) {
    production = server;
  }

  void shadow(LocalPostgres server) {
    shadow = server;
  }

  /** How to reach the servers (for {@code --keep}). */
  void printConnections(PrintWriter out) {
    out.println();
    connection(out, "production", production);
    connection(out, "shadow    ", shadow);
    out.println(
        "  (the shadow follows production by logical replication; its checkpoint database "
            + ShadowCheckpoint.databaseOf(DemoShadow.CHECKPOINT)
            + " holds production's data as it was before the captured traffic)");
  }

  private static void connection(PrintWriter out, String role, LocalPostgres server) {
    if (server == null) {
      return;
    }
    String db = DemoCommand.DATABASE;
    out.printf(
        "  %s  PGPASSWORD=%s psql -h 127.0.0.1 -p %d -U %s %s%n"
            + "              postgres://%s:%s@127.0.0.1:%d/%s%n",
        role,
        LocalPostgres.PASSWORD,
        server.port(),
        LocalPostgres.USER,
        db,
        LocalPostgres.USER,
        LocalPostgres.PASSWORD,
        server.port(),
        db);
  }

  /** Registers {@code resource} for release and returns it. */
  synchronized <T extends AutoCloseable> T own(T resource) {
    if (released) {
      closeQuietly(resource);
      throw new IllegalStateException("the demo is shutting down");
    }
    started.push(resource);
    return resource;
  }

  /**
   * Registers {@code resource} for release before the servers stop, in registration order: the
   * shadow's subscription, slot and publication are dropped while both servers still run. Not on
   * Ctrl-C or SIGTERM (see {@link #release(boolean)}).
   */
  synchronized <T extends AutoCloseable> T ownBeforeServers(T resource) {
    if (released) {
      closeQuietly(resource);
      throw new IllegalStateException("the demo is shutting down");
    }
    beforeServers.add(resource);
    return resource;
  }

  /** Releases {@code resource} now (e.g. the proxy, to seal the capture). */
  synchronized void release(AutoCloseable resource) throws Exception {
    if (started.remove(resource) || beforeServers.remove(resource)) {
      resource.close();
    }
  }

  @Override
  public void close() {
    release(false);
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook is running or ran.
    }
  }

  /**
   * @param onSignal called by the shutdown hook (Ctrl-C, SIGTERM): the embedded servers' own hooks
   *     stop them at the same time, so the replication is not dropped; it goes with their data
   */
  private synchronized void release(boolean onSignal) {
    if (released) {
      return;
    }
    released = true;
    if (!onSignal) {
      beforeServers.forEach(DemoEnvironment::closeQuietly);
    }
    // Side by side: each server's shutdown (its checkpoint, the removal of its data directory)
    // takes seconds, and the servers share nothing.
    List<CompletableFuture<Void>> stopping = new ArrayList<>();
    while (!started.isEmpty()) {
      AutoCloseable resource = started.pop();
      stopping.add(CompletableFuture.runAsync(() -> closeQuietly(resource)));
    }
    stopping.forEach(CompletableFuture::join);
    deleteRecursively(directory);
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      System.err.println("scry demo: could not stop " + resource + ": " + e.getMessage());
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("scry demo: could not delete " + dir + ": " + e.getMessage());
    }
  }
}
