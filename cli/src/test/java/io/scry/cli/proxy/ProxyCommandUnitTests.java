package io.scry.cli.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.cli.failure.UserFailure;
import io.scry.proxy.ProxyConfig;
import io.scry.proxy.UpstreamTls;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ProxyCommandUnitTests {

  static ProxyConfig parse(String... args) {
    ProxyCommand command = new ProxyCommand();
    new CommandLine(command).parseArgs(args);
    return command.config();
  }

  @Test
  void optionsBecomeTheProxyConfiguration() {
    ProxyConfig config =
        parse(
            "--listen",
            "0.0.0.0:6432",
            "--upstream",
            "postgres://app:secret@db.internal:5433/shop",
            "--capture-dir",
            "/var/captures",
            "--capture",
            "nightly",
            "--proxy-id",
            "edge-2",
            "--redact",
            "--metrics",
            "127.0.0.1:9187");
    assertEquals("0.0.0.0", config.listenHost());
    assertEquals(6432, config.listenPort());
    assertEquals("db.internal", config.upstreamHost());
    assertEquals(5433, config.upstreamPort());
    assertEquals(Path.of("/var/captures/nightly"), config.captureDir());
    assertEquals("edge-2", config.proxyId());
    assertTrue(config.redact());
    assertEquals(9187, config.metricsAddress().getPort());
    assertNull(config.tlsCertificate());
  }

  @Test
  void upstreamPortDefaultsTo5432() {
    ProxyConfig config =
        parse("--listen", "127.0.0.1:0", "--upstream", "postgresql://db/x", "--capture-dir", "c");
    assertEquals(5432, config.upstreamPort());
    assertEquals(0, config.listenPort());
  }

  @Test
  void sslmodeInTheUpstreamUrlAsksForTls() {
    ProxyConfig config =
        parse(
            "--listen",
            "h:1",
            "--upstream",
            "postgres://db:5432/x?sslmode=require",
            "--capture-dir",
            "c");
    assertEquals(UpstreamTls.REQUIRE, config.upstreamTls());
    assertEquals(
        UpstreamTls.DISABLE,
        parse("--listen", "h:1", "--upstream", "postgres://db/x", "--capture-dir", "c")
            .upstreamTls());
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                parse(
                    "--listen",
                    "h:1",
                    "--upstream",
                    "postgres://db/x?sslmode=verify-full",
                    "--capture-dir",
                    "c"));
    assertTrue(bad.getMessage().contains("unsupported sslmode"), bad.getMessage());
  }

  @Test
  void limitsTakePostgresqlConfUnitsAndDefaultLikePostgresql() {
    ProxyConfig defaults =
        parse("--listen", "h:1", "--upstream", "postgres://db/x", "--capture-dir", "c");
    assertEquals(256 * 1024 * 1024, defaults.maxMessageLength());
    assertEquals(Duration.ofSeconds(60), defaults.startupTimeout());
    assertEquals(1000, defaults.maxConnections());
    ProxyConfig set =
        parse(
            "--listen",
            "h:1",
            "--upstream",
            "postgres://db/x",
            "--capture-dir",
            "c",
            "--max-message-size",
            "64kB",
            "--startup-timeout",
            "1500ms",
            "--max-connections",
            "5");
    assertEquals(64 * 1024, set.maxMessageLength());
    assertEquals(Duration.ofMillis(1500), set.startupTimeout());
    assertEquals(5, set.maxConnections());
    assertThrows(
        CommandLine.ParameterException.class,
        () ->
            parse(
                "--listen",
                "h:1",
                "--upstream",
                "postgres://db/x",
                "--capture-dir",
                "c",
                "--max-message-size",
                "3TB"));
  }

  @Test
  void badAddressesAreNamedInTheError() {
    IllegalArgumentException listen =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse("--listen", "6432", "--upstream", "postgres://db/x", "--capture-dir", "c"));
    assertTrue(listen.getMessage().contains("--listen must be HOST:PORT"), listen.getMessage());
    UserFailure upstream =
        assertThrows(
            UserFailure.class,
            () -> parse("--listen", "h:1", "--upstream", "mysql://db/x", "--capture-dir", "c"));
    assertTrue(upstream.getMessage().contains("--upstream"), upstream.getMessage());
    IllegalArgumentException tls =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                parse(
                    "--listen",
                    "h:1",
                    "--upstream",
                    "postgres://db/x",
                    "--capture-dir",
                    "c",
                    "--tls-cert",
                    "cert.pem"));
    assertTrue(tls.getMessage().contains("certificate and a key"), tls.getMessage());
  }
}
