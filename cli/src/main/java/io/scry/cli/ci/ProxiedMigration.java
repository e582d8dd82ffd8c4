package io.scry.cli.ci;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.migration.MigrationCheckException;
import io.scry.coordinator.migration.MigrationConnections;
import io.scry.coordinator.migration.MigrationProcess;
import io.scry.coordinator.migration.MigrationStatements;
import io.scry.coordinator.migration.MigrationStep;
import io.scry.coordinator.report.MigrationSummary;
import io.scry.protocol.security.PgPass;
import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.proxy.ProxyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the migration command against a database through a capturing proxy on 127.0.0.1, so the
 * report can list the migration's own statements with their start, durations and failures, and a
 * rehearsal can tell the command's server sessions (every connection it opens goes through the
 * proxy) from the replayed traffic's.
 */
final class ProxiedMigration implements MigrationStep {
  private final MigrationProcess process;

  ProxiedMigration(MigrationProcess process) {
    this.process = process;
  }

  @Override
  public MigrationSummary apply(DatabaseUrl candidate, MigrationConnections connections) {
    Path captureDir;
    try {
      captureDir = Files.createTempDirectory("scry-migration-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      MigrationProcess.Result result;
      try (ProxyServer proxy =
          ProxyServer.startCapturing(candidate.host(), candidate.port(), captureDir, "migration")) {
        connections.watch(proxy.upstreamPorts(), proxy.upstreamProcessIds());
        // The migration reaches the clone at the proxy's address, which no password file names:
        // it gets the password the clone's own address has (URL, PGPASSWORD or .pgpass).
        DatabaseUrl throughProxy =
            new DatabaseUrl(
                "127.0.0.1",
                proxy.localAddress().getPort(),
                candidate.database(),
                candidate.user(),
                PgPass.system()
                    .password(
                        candidate.password(),
                        candidate.host(),
                        candidate.port(),
                        candidate.database(),
                        candidate.user())
                    .orElse(""));
        result = process.run(throughProxy);
      } catch (IOException e) {
        throw new MigrationCheckException(
            "cannot start the capturing proxy for the migration: " + e.getMessage(), e);
      }
      return new MigrationSummary(
          process.display(),
          result.exitCode(),
          result.durationMs(),
          result.stdout(),
          result.stderr(),
          MigrationStatements.from(read(captureDir)));
    } finally {
      delete(captureDir);
    }
  }

  private static List<CaptureEvent> read(Path dir) {
    try (CaptureDirectory capture = CaptureDirectory.open(dir)) {
      return capture.stream().toList();
    } catch (IOException e) {
      // The statements are evidence, not the verdict: a capture problem leaves them out.
      return List.of();
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless.
    }
  }
}
