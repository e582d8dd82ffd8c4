package io.scry.cli.security;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The ingest secret a proxy proves it knows to the coordinator's ingest port, read alike by the
 * commands on both ends of that port.
 */
public final class IngestSecretOptions {

  @Option(
      names = "--ingest-secret",
      paramLabel = "SECRET",
      defaultValue = "${env:SCRY_INGEST_SECRET}",
      description = "Shared secret of the capture ingest port (default: $SCRY_INGEST_SECRET).")
  String secret;

  @Option(
      names = "--ingest-secret-file",
      paramLabel = "FILE",
      defaultValue = "${env:SCRY_INGEST_SECRET_FILE}",
      description =
          "File holding the ingest secret (default: $SCRY_INGEST_SECRET_FILE); wins over"
              + " --ingest-secret.")
  Path secretFile;

  /** The secret, or null when none is configured. */
  public String secret() {
    return SecretSource.resolve(secret, "--ingest-secret-file", secretFile);
  }
}
