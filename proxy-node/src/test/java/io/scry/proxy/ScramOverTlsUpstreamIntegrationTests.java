package io.scry.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scry.testsupport.PostgresExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * SCRAM through a proxy whose upstream leg is TLS and whose client leg is plain: the server offers
 * SCRAM-SHA-256-PLUS on its TLS connection, which a plain client must not be offered. A client logs
 * in exactly as it does on a plain direct connection to the same server.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ScramOverTlsUpstreamIntegrationTests {

  static final String PASSWORD = "scram-plus-Pa55-8812";
  static final String WHO =
      "SELECT current_user || ' ' || ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()";

  @RegisterExtension
  static final PostgresExtension PG = TlsFiles.postgresServingTls(TlsFiles.serverCertificate());

  @TempDir Path captureDir;

  @BeforeAll
  static void scramUser() throws Exception {
    try (Connection c = PG.connect("postgres");
        java.sql.Statement s = c.createStatement()) {
      PasswordAuthentication.createUser(s, "scram_user", "scram-sha-256", PASSWORD);
      PasswordAuthentication.requireOnly(s, "host all scram_user 127.0.0.1/32 scram-sha-256");
    }
  }

  @Test
  void psqlLogsInWithScramThroughAnEncryptedUpstream() throws Exception {
    ExternalTools.assumeInstalled("psql");
    // Direct and plain: the server offers SCRAM-SHA-256 only.
    assertEquals("scram_user false", psql(PG.port()));
    try (ProxyHarness harness =
        ProxyHarness.start(PG, captureDir, b -> b.upstreamTls(UpstreamTls.REQUIRE))) {
      // Through the proxy: the upstream leg is TLS (true), and libpq still logs in.
      assertEquals("scram_user true", psql(harness.port()));
    }
  }

  @Test
  void pgjdbcLogsInWithScramThroughAnEncryptedUpstream() throws Exception {
    try (ProxyHarness harness =
            ProxyHarness.start(PG, captureDir, b -> b.upstreamTls(UpstreamTls.REQUIRE));
        Connection c =
            DriverManager.getConnection(
                harness.jdbcUrl("postgres", "channelBinding=prefer"), "scram_user", PASSWORD);
        ResultSet rs = c.createStatement().executeQuery(WHO)) {
      rs.next();
      assertEquals("scram_user true", rs.getString(1));
    }
  }

  private static String psql(int port) throws Exception {
    return ExternalTools.run(
            List.of(
                "psql",
                "host=127.0.0.1 port=" + port + " user=scram_user dbname=postgres sslmode=disable",
                "-XAtc",
                WHO),
            Map.of("PGPASSWORD", PASSWORD))
        .trim();
  }
}
