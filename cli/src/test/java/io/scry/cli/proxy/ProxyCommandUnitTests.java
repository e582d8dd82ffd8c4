package io.scry.cli.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.cli.failure.UserFailure;
import io.scry.proxy.ProxyConfig;
import io.scry.proxy.UpstreamTls;
import io.scry.proxy.capture.PseudonymKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProxyCommandUnitTests {

  static ProxyConfig parse(String... args) {
    ProxyCommand command = new ProxyCommand();
    new CommandLine(command).parseArgs(args);
    return command.config();
  }

  /** Parses the required options (listen h:1, upstream {@code upstream}) and {@code more}. */
  private static ProxyConfig parseWithUpstream(String upstream, String... more) {
    List<String> args =
        new ArrayList<>(List.of("--listen", "h:1", "--upstream", upstream, "--capture-dir", "c"));
    args.addAll(List.of(more));
    return parse(args.toArray(String[]::new));
  }

  /** Parses the required options, upstream postgres://db/x, and {@code more}. */
  private static ProxyConfig parseWith(String... more) {
    return parseWithUpstream("postgres://db/x", more);
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
  void upstreamTlsVerifiesTheServerByDefaultAndTakesTheUrlsSslmodeOrTheFlag() {
    assertEquals(UpstreamTls.VERIFY_FULL, parseWithUpstream("postgres://db/x").upstreamTls());
    assertEquals(
        UpstreamTls.REQUIRE,
        parseWithUpstream("postgres://db:5432/x?sslmode=require").upstreamTls());
    ProxyConfig flag =
        parseWithUpstream(
            "postgres://db/x?sslmode=require",
            "--upstream-sslmode",
            "verify-ca",
            "--upstream-sslrootcert",
            "/etc/ssl/root.pem");
    assertEquals(UpstreamTls.VERIFY_CA, flag.upstreamTls(), "the flag wins over the URL");
    assertEquals(Path.of("/etc/ssl/root.pem"), flag.upstreamRootCertificate());
    assertEquals(
        UpstreamTls.DISABLE,
        parseWithUpstream("postgres://db/x", "--upstream-sslmode", "disable").upstreamTls());
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class,
            () -> parseWithUpstream("postgres://db/x", "--upstream-sslmode", "verify"));
    assertTrue(
        bad.getMessage().startsWith("--upstream-sslmode: unsupported sslmode"), bad.getMessage());
  }

  @Test
  void shippingNeedsTheIngestSecret() {
    String[] base = {
      "--listen",
      "h:1",
      "--upstream",
      "postgres://db/x",
      "--capture-dir",
      "c",
      "--coordinator",
      "coordinator:7070",
      "--ingest-secret",
      ""
    };
    ProxyCommand command = new ProxyCommand();
    new CommandLine(command).parseArgs(base);
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> command.call());
    assertTrue(missing.getMessage().contains("--ingest-secret-file"), missing.getMessage());
  }

  @Test
  void limitsTakePostgresqlConfUnitsAndDefaultLikePostgresql() {
    ProxyConfig defaults = parseWith();
    assertEquals(256 * 1024 * 1024, defaults.maxMessageLength());
    assertEquals(Duration.ofSeconds(60), defaults.startupTimeout());
    assertEquals(1000, defaults.maxConnections());
    ProxyConfig set =
        parseWith(
            "--max-message-size", "64kB", "--startup-timeout", "1500ms", "--max-connections", "5");
    assertEquals(64 * 1024, set.maxMessageLength());
    assertEquals(Duration.ofMillis(1500), set.startupTimeout());
    assertEquals(5, set.maxConnections());
    assertThrows(
        CommandLine.ParameterException.class, () -> parseWith("--max-message-size", "3TB"));
  }

  @Test
  void badAddressesAreNamedInTheError() {
    IllegalArgumentException listen =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse("--listen", "6432", "--upstream", "postgres://db/x", "--capture-dir", "c"));
    assertTrue(listen.getMessage().contains("--listen must be HOST:PORT"), listen.getMessage());
    UserFailure upstream = assertThrows(UserFailure.class, () -> parseWithUpstream("mysql://db/x"));
    assertTrue(upstream.getMessage().contains("--upstream"), upstream.getMessage());
    IllegalArgumentException tls =
        assertThrows(IllegalArgumentException.class, () -> parseWith("--tls-cert", "cert.pem"));
    assertTrue(tls.getMessage().contains("certificate and a key"), tls.getMessage());
  }

  @Test
  void pseudonymizeKeyFileGivesTheProxyItsKeyAndExcludesRedact(@TempDir Path dir) throws Exception {
    Path key = dir.resolve("pseudonym.key");
    Files.writeString(key, "00112233445566778899aabbccddeeff\n");
    ProxyConfig config = parseWith("--pseudonymize-key-file", key.toString());
    assertEquals(
        PseudonymKey.of("00112233445566778899aabbccddeeff".getBytes(StandardCharsets.UTF_8)),
        config.pseudonymKey());
    assertFalse(config.redact());
    assertFalse(config.toString().contains("00112233"), config.toString());
    assertNull(parseWith().pseudonymKey());

    IllegalArgumentException both =
        assertThrows(
            IllegalArgumentException.class,
            () -> parseWith("--redact", "--pseudonymize-key-file", key.toString()));
    assertTrue(
        both.getMessage().startsWith("--redact and --pseudonymize-key-file are mutually exclusive"),
        both.getMessage());

    Files.writeString(key, "short\n");
    IllegalArgumentException weak =
        assertThrows(
            IllegalArgumentException.class,
            () -> parseWith("--pseudonymize-key-file", key.toString()));
    assertTrue(weak.getMessage().contains("at least 16 bytes"), weak.getMessage());
    assertFalse(weak.getMessage().contains("short"), weak.getMessage());

    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> parseWith("--pseudonymize-key-file", dir.resolve("none").toString()));
    assertTrue(
        missing.getMessage().startsWith("--pseudonymize-key-file: cannot read"),
        missing.getMessage());
  }
}
