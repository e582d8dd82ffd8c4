package io.scry.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.v1.Statement;
import io.scry.testsupport.PostgresExtension;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/** TLS termination, the metrics endpoint, redaction and bad input from a client. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsAndMetricsIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  @TempDir Path captureDir;
  @TempDir Path tlsDir;

  @Test
  void terminatesTlsWithTheConfiguredCertificate() throws Exception {
    TlsFiles.generate(tlsDir);
    try (ProxyHarness harness =
        ProxyHarness.start(
            PG, captureDir, b -> b.tls(tlsDir.resolve("cert.pem"), tlsDir.resolve("key.pem")))) {
      String url = "jdbc:postgresql://127.0.0.1:" + harness.port() + "/postgres?sslmode=require";
      try (Connection c =
              java.sql.DriverManager.getConnection(
                  url, PostgresExtension.USER, PostgresExtension.PASSWORD);
          ResultSet rs =
              c.createStatement()
                  .executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
        assertTrue(c.unwrap(PGConnection.class) != null);
        rs.next();
        assertFalse(rs.getBoolean(1), "the upstream leg is plain TCP");
      }
      Captures captures = harness.stopAndRead();
      assertTrue(captures.sessionStarts().get(0).getSessionStart().getTls());
      assertEquals(1, captures.statements().size());
    }
  }

  @Test
  void servesPrometheusMetrics() throws Exception {
    try (ProxyHarness harness =
        ProxyHarness.start(PG, captureDir, b -> b.metrics(new InetSocketAddress("127.0.0.1", 0)))) {
      try (Connection c = harness.connect("postgres", "");
          ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
        rs.next();
      }
      InetSocketAddress metrics = harness.proxy.metricsAddress();
      String base = "http://127.0.0.1:" + metrics.getPort();
      HttpURLConnection http =
          (HttpURLConnection) URI.create(base + "/metrics").toURL().openConnection();
      assertEquals(200, http.getResponseCode());
      assertTrue(http.getContentType().startsWith("text/plain; version=0.0.4"));
      String body;
      try (InputStream in = http.getInputStream()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertTrue(body.contains("\nscry_proxy_sessions_total 1\n"), body);
      assertTrue(body.contains("\nscry_proxy_statements_forwarded_total 1\n"), body);
      assertTrue(body.contains("\nscry_proxy_events_dropped_total 0\n"), body);
      assertTrue(body.contains("scry_proxy_bytes_total{direction=\"client_to_upstream\"}"), body);
      assertTrue(body.contains("scry_proxy_added_latency_seconds{quantile=\"0.99\"}"), body);
      HttpURLConnection missing =
          (HttpURLConnection) URI.create(base + "/other").toURL().openConnection();
      assertEquals(404, missing.getResponseCode());
    }
  }

  @Test
  void redactionKeepsValuesAndLiteralsOffTheDisk() throws Exception {
    try (ProxyHarness harness = ProxyHarness.start(PG, captureDir, b -> b.redact(true))) {
      try (Connection c = harness.connect("postgres", "");
          PreparedStatement ps = c.prepareStatement("SELECT ?::text, 'literal-secret-991'")) {
        ps.setString(1, "param-secret-442");
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          assertEquals("param-secret-442", rs.getString(1));
        }
      }
      List<Statement> statements = harness.stopAndRead().statements();
      assertEquals(1, statements.size());
      assertTrue(statements.get(0).getRedacted());
      assertEquals(1, statements.get(0).getParametersCount());
      assertTrue(statements.get(0).getParameters(0).getValue().isEmpty());
    }
    try (Stream<Path> files = Files.walk(captureDir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertFalse(content.contains("param-secret-442"), file.toString());
        assertFalse(content.contains("literal-secret-991"), file.toString());
      }
    }
  }

  @Test
  void aMalformedMessageClosesOnlyThatSession() throws Exception {
    try (ProxyHarness harness = ProxyHarness.start(PG, captureDir);
        Connection healthy = harness.connect("postgres", "")) {
      try (Socket socket = new Socket("127.0.0.1", harness.port())) {
        socket.setSoTimeout(10_000);
        DataOutputStream out = new DataOutputStream(socket.getOutputStream());
        DataInputStream in = new DataInputStream(socket.getInputStream());
        out.write(RawConnection.postgresStartupMessage());
        out.flush();
        readUntilReadyForQuery(in);
        out.write(new byte[] {'Q', 0, 0, 0, 2}); // a length that cannot be
        out.flush();
        assertEquals('E', in.readByte());
        byte[] error = new byte[in.readInt() - 4];
        in.readFully(error);
        String fields = new String(error, StandardCharsets.UTF_8);
        assertTrue(fields.contains("C08P01"), fields);
        assertEquals(-1, in.read(), "the proxy closed the session");
      }
      try (ResultSet rs = healthy.createStatement().executeQuery("SELECT 'unaffected'")) {
        assertTrue(rs.next());
      }
      assertEquals(1, harness.proxy.metrics().sessionsFailed());
    }
  }

  private static void readUntilReadyForQuery(DataInputStream in) throws Exception {
    while (true) {
      byte type = in.readByte();
      byte[] body = new byte[in.readInt() - 4];
      in.readFully(body);
      if (type == 'R' && body.length >= 4 && body[3] != 0) {
        throw new IllegalStateException(
            "the test server asked for a password (auth " + body[3] + ")");
      }
      if (type == 'Z') {
        return;
      }
    }
  }
}
