package io.scry.cli.security;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The job API's bearer token, as every command that serves or calls the API reads it: a file (what
 * a Docker secret is), or the value itself from the environment or the command line (where other
 * users of the machine can see it in the process list).
 */
public final class TokenOptions {

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      defaultValue = "${env:SCRY_TOKEN}",
      description = "Bearer token of the job API (default: $SCRY_TOKEN).")
  String token;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      defaultValue = "${env:SCRY_TOKEN_FILE}",
      description =
          "File holding the bearer token of the job API (default: $SCRY_TOKEN_FILE); wins over"
              + " --token.")
  Path tokenFile;

  /** The token, or null when none is configured (a blank one counts as none). */
  public String token() {
    return SecretSource.resolve(token, "--token-file", tokenFile);
  }
}
