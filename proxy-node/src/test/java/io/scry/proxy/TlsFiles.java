package io.scry.proxy;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** A self-signed certificate and PKCS#8 key for TLS tests, made with openssl at test time. */
final class TlsFiles {

  private TlsFiles() {}

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
