package io.scry.cli.ci;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.segment.CaptureSummary;
import io.scry.proxy.ProxyServer;
import io.scry.testsupport.PostgresExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** PostgreSQL's own pgbench: a database it initialized, and its traffic captured by the proxy. */
final class PgbenchCapture {
  private PgbenchCapture() {}

  /** Skips the calling test class when pgbench is not installed (CI installs it). */
  static void assumeInstalled() {
    boolean found =
        List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
            .anyMatch(dir -> Files.isExecutable(Path.of(dir, "pgbench")));
    assumeTrue(found, "pgbench is not installed: apt-get install postgresql-contrib");
  }

  /** {@code pgbench -i -s scale} into a new database {@code database}, directly. */
  static void initialize(PostgresExtension pg, String database, int scale) throws Exception {
    pg.createDatabase(database);
    run(pg.host(), pg.port(), database, "-i", "-q", "-s", String.valueOf(scale));
  }

  /**
   * Runs pgbench with {@code options} against {@code database} through a capturing proxy and
   * returns the capture's summary.
   */
  static CaptureSummary record(
      PostgresExtension pg, String database, Path captureDir, String... options) throws Exception {
    try (ProxyServer proxy =
        ProxyServer.startCapturing(pg.host(), pg.port(), captureDir, "pgbench")) {
      run("127.0.0.1", proxy.localAddress().getPort(), database, options);
    }
    try (CaptureDirectory capture = CaptureDirectory.open(captureDir)) {
      return capture.summarize();
    }
  }

  private static void run(String host, int port, String database, String... options)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "pgbench", "-h", host, "-p", String.valueOf(port), "-U", PostgresExtension.USER));
    command.addAll(List.of(options));
    command.add(database);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", PostgresExtension.PASSWORD);
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException("pgbench " + command + " failed:\n" + output);
    }
  }
}
