package io.scry.proxy;

import io.scry.testsupport.PostgresExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** A self-signed certificate and PKCS#8 key for TLS tests, made with openssl at test time. */
final class TlsFiles {

  private TlsFiles() {}

  /**
   * A certificate and key in a new temporary directory: for a server started by a static extension,
   * which exists before any {@code @TempDir} does.
   */
  static Path serverCertificate() {
    try {
      Path dir = Files.createTempDirectory("scry-upstream-tls");
      generate(dir);
      return dir;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A test PostgreSQL that offers TLS with the certificate in {@code dir}: the upstream for tests
   * of the proxy's own TLS connection to it.
   */
  static PostgresExtension postgresServingTls(Path dir) {
    return new PostgresExtension(
        Map.of(
            "ssl", "on",
            "ssl_cert_file", dir.resolve("cert.pem").toString(),
            "ssl_key_file", dir.resolve("key.pem").toString()));
  }

  static void generate(Path dir) throws Exception {
    ProcessBuilder openssl =
        new ProcessBuilder(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                dir.resolve("key.pem").toString(),
                "-out",
                dir.resolve("cert.pem").toString(),
                "-days",
                "1",
                "-subj",
                "/CN=localhost")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process;
    try {
      process = openssl.start();
    } catch (java.io.IOException e) {
      Assumptions.abort("openssl is not installed, TLS test skipped: " + e.getMessage());
      return;
    }
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("openssl could not create a test certificate");
    }
  }
}
