package io.scry.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scry.testsupport.PostgresExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProxyServerSmokeIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  @TempDir Path captureDir;

  @Test
  void forwardsAndCapturesAQuery() throws Exception {
    ProxyConfig config =
        ProxyConfig.builder().upstream(PG.host(), PG.port()).captureDir(captureDir).build();
    try (ProxyServer proxy = ProxyServer.start(config)) {
      String url =
          "jdbc:postgresql://127.0.0.1:"
              + proxy.localAddress().getPort()
              + "/postgres?sslmode=disable";
      try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT 41 + 1")) {
        rs.next();
        assertEquals(42, rs.getInt(1));
      }
    }
    Captures captures = Captures.read(captureDir);
    System.out.println(captures.events());
    assertEquals(1, captures.statements().size());
  }
}
