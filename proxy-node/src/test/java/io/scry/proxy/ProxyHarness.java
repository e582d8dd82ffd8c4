package io.scry.proxy;

import io.scry.testsupport.PostgresExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

/** A proxy in front of the test PostgreSQL, capturing into a directory, for one test. */
final class ProxyHarness implements AutoCloseable {

  final ProxyServer proxy;
  final Path captureDir;

  private ProxyHarness(ProxyServer proxy, Path captureDir) {
    this.proxy = proxy;
    this.captureDir = captureDir;
  }

  static ProxyHarness start(PostgresExtension pg, Path captureDir) throws IOException {
    return start(pg, captureDir, UnaryOperator.identity());
  }

  static ProxyHarness start(
      PostgresExtension pg, Path captureDir, UnaryOperator<ProxyConfig.Builder> customize)
      throws IOException {
    ProxyConfig config =
        customize
            .apply(
                ProxyConfig.builder()
                    .upstream(pg.host(), pg.port())
                    .captureDir(captureDir)
                    .ioThreads(2))
            .build();
    return new ProxyHarness(ProxyServer.start(config), captureDir);
  }

  int port() {
    return proxy.localAddress().getPort();
  }

  String jdbcUrl(String database, String parameters) {
    return "jdbc:postgresql://127.0.0.1:"
        + port()
        + "/"
        + database
        + "?sslmode=disable"
        + (parameters.isEmpty() ? "" : "&" + parameters);
  }

  Connection connect(String database, String parameters) throws SQLException {
    return DriverManager.getConnection(
        jdbcUrl(database, parameters), PostgresExtension.USER, PostgresExtension.PASSWORD);
  }

  /** Stops the proxy (sealing the segment) and reads what it captured. */
  Captures stopAndRead() throws IOException {
    proxy.close();
    return Captures.read(captureDir);
  }

  @Override
  public void close() throws IOException {
    proxy.close();
  }
}
