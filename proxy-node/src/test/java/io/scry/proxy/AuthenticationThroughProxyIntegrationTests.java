package io.scry.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.v1.Statement;
import io.scry.testsupport.PostgresExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cleartext, MD5 and SCRAM-SHA-256 authentication pass through the proxy untouched (also with TLS
 * terminated at the proxy), and no password ever reaches a capture file.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class AuthenticationThroughProxyIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  static final String CLEARTEXT_PASSWORD = "clear-Pa55word-7731";
  static final String MD5_PASSWORD = "md5-Pa55word-1184";
  static final String SCRAM_PASSWORD = "scram-Pa55word-5520";

  @TempDir Path captureDir;
  @TempDir static Path tlsDir;

  @BeforeAll
  static void configureAuthentication() throws Exception {
    try (Connection c = PG.connect("postgres");
        java.sql.Statement s = c.createStatement()) {
      PasswordAuthentication.createUser(s, "cleartext_user", "scram-sha-256", CLEARTEXT_PASSWORD);
      PasswordAuthentication.createUser(s, "scram_user", "scram-sha-256", SCRAM_PASSWORD);
      PasswordAuthentication.createUser(s, "md5_user", "md5", MD5_PASSWORD);
      PasswordAuthentication.requireOnly(
          s,
          "host all cleartext_user 127.0.0.1/32 password",
          "host all md5_user 127.0.0.1/32 md5",
          "host all scram_user 127.0.0.1/32 scram-sha-256");
    }
    TlsFiles.generate(tlsDir);
  }

  @Test
  void everyPasswordMethodPassesThroughAndNoPasswordIsCaptured() throws Exception {
    try (ProxyHarness harness = ProxyHarness.start(PG, captureDir)) {
      assertEquals(
          "cleartext_user", currentUser(harness, "cleartext_user", CLEARTEXT_PASSWORD, ""));
      assertEquals("md5_user", currentUser(harness, "md5_user", MD5_PASSWORD, ""));
      assertEquals("scram_user", currentUser(harness, "scram_user", SCRAM_PASSWORD, ""));
      SQLException wrong =
          assertThrows(SQLException.class, () -> currentUser(harness, "scram_user", "not-it", ""));
      assertEquals("28P01", wrong.getSQLState());
      List<Statement> statements = harness.stopAndRead().statements();
      assertEquals(3, statements.size(), statements::toString);
      statements.forEach(st -> assertEquals("SELECT current_user", st.getSql()));
    }
    assertNoPasswordIn(captureDir);
  }

  @Test
  void scramWorksWithTlsTerminatedAtTheProxy() throws Exception {
    try (ProxyHarness harness =
        ProxyHarness.start(
            PG, captureDir, b -> b.tls(tlsDir.resolve("cert.pem"), tlsDir.resolve("key.pem")))) {
      // The upstream connection is not TLS, so the server offers no SCRAM-SHA-256-PLUS and the
      // client authenticates without channel binding.
      assertEquals(
          "scram_user", currentUser(harness, "scram_user", SCRAM_PASSWORD, "sslmode=require"));
      Captures captures = harness.stopAndRead();
      assertTrue(captures.sessionStarts().get(0).getSessionStart().getTls());
      assertEquals(1, captures.statements().size());
    }
    assertNoPasswordIn(captureDir);
  }

  private static String currentUser(
      ProxyHarness harness, String user, String password, String parameters) throws SQLException {
    String url =
        "jdbc:postgresql://127.0.0.1:"
            + harness.port()
            + "/postgres"
            + (parameters.isEmpty() ? "?sslmode=disable" : "?" + parameters);
    try (Connection c = DriverManager.getConnection(url, user, password);
        ResultSet rs = c.createStatement().executeQuery("SELECT current_user")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void assertNoPasswordIn(Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String password : List.of(CLEARTEXT_PASSWORD, MD5_PASSWORD, SCRAM_PASSWORD)) {
          assertFalse(content.contains(password), file + " contains a password");
        }
      }
    }
  }
}
