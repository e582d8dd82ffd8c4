package io.scry.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.v1.Statement;
import io.scry.testsupport.PostgresExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The proxy asks an SSL-enabled upstream for TLS when configured to, and verifies it. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UpstreamTlsIntegrationTests {

  static final Path SERVER_TLS = TlsFiles.serverCertificate();

  @RegisterExtension static final PostgresExtension PG = TlsFiles.postgresServingTls(SERVER_TLS);

  @TempDir Path captureDir;

  @Test
  void requireEncryptsTheUpstreamLeg() throws Exception {
    try (ProxyHarness harness =
        ProxyHarness.start(PG, captureDir, b -> b.upstreamTls(UpstreamTls.REQUIRE))) {
      assertTrue(upstreamSsl(harness));
      List<Statement> statements = harness.stopAndRead().statements();
      assertEquals(1, statements.size(), statements::toString);
    }
  }

  @Test
  void disableKeepsTheUpstreamLegPlain() throws Exception {
    try (ProxyHarness harness = ProxyHarness.start(PG, captureDir)) {
      assertFalse(upstreamSsl(harness));
    }
  }

  @Test
  void verifyFullConnectsWhenTheCertificateChainsToTheRootAndNamesTheHost() throws Exception {
    try (ProxyHarness harness = verifying(UpstreamTls.VERIFY_FULL, "localhost", serverRoot())) {
      assertTrue(upstreamSsl(harness));
    }
  }

  /** The certificate says CN=localhost; connected by IP address, the name does not match. */
  @Test
  void verifyFullRefusesACertificateForAnotherHost() throws Exception {
    try (ProxyHarness harness = verifying(UpstreamTls.VERIFY_FULL, "127.0.0.1", serverRoot())) {
      assertRefused(harness);
    }
  }

  @Test
  void verifyCaAcceptsAnotherHostNameButOnlyTheTrustedRoot(@TempDir Path otherCa) throws Exception {
    try (ProxyHarness harness = verifying(UpstreamTls.VERIFY_CA, "127.0.0.1", serverRoot())) {
      assertTrue(upstreamSsl(harness));
    }
    TlsFiles.generate(otherCa);
    try (ProxyHarness harness =
        verifying(UpstreamTls.VERIFY_CA, "localhost", otherCa.resolve("cert.pem"))) {
      assertRefused(harness);
    }
  }

  @Test
  void verifyFullWithTheJvmsRootsRefusesASelfSignedCertificate() throws Exception {
    try (ProxyHarness harness = verifying(UpstreamTls.VERIFY_FULL, "localhost", null)) {
      assertRefused(harness);
    }
  }

  /** A proxy to the TLS server as {@code host}, trusting {@code root} (null: the JVM's roots). */
  private ProxyHarness verifying(UpstreamTls mode, String host, Path root) throws Exception {
    return ProxyHarness.start(
        PG,
        captureDir,
        b -> b.upstream(host, PG.port()).upstreamTls(mode).upstreamRootCertificate(root));
  }

  private static Path serverRoot() {
    return SERVER_TLS.resolve("cert.pem");
  }

  private static void assertRefused(ProxyHarness harness) {
    SQLException refused = assertThrows(SQLException.class, () -> upstreamSsl(harness));
    assertTrue(refused.getMessage().contains("TLS to the upstream failed"), refused.getMessage());
  }

  private static boolean upstreamSsl(ProxyHarness harness) throws Exception {
    try (Connection c = harness.connect("postgres", "");
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }
}
