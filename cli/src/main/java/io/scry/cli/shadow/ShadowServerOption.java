package io.scry.cli.shadow;

import io.scry.cli.failure.UserFailure;
import io.scry.coordinator.config.ConfigException;
import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.shadow.Endpoint;
import picocli.CommandLine.Option;

/** {@code --shadow URL}, or {@code SCRY_SHADOW_URL}: the shadow database and its server. */
final class ShadowServerOption {
  static final String VARIABLE = "SCRY_SHADOW_URL";

  @Option(
      names = "--shadow",
      paramLabel = "URL",
      description =
          "The shadow database, postgres://USER@HOST:5432/DB (default: $" + VARIABLE + ").")
  String shadow;

  Endpoint endpoint() {
    if (shadow != null) {
      return Endpoint.shadow(parse(shadow, "shadow", "--shadow"), "--shadow");
    }
    String fromEnvironment = System.getenv(VARIABLE);
    if (fromEnvironment == null || fromEnvironment.isBlank()) {
      throw new UserFailure(
          "no shadow database: --shadow is not given and " + VARIABLE + " is not set",
          "pass --shadow postgres://USER@HOST:5432/DB");
    }
    return Endpoint.shadow(parse(fromEnvironment, "shadow", VARIABLE), VARIABLE);
  }

  /** A database URL from the command line, or a failure naming where it came from. */
  static DatabaseUrl parse(String url, String role, String origin) {
    try {
      return DatabaseUrl.parse(url);
    } catch (ConfigException e) {
      throw new UserFailure(
          "the " + role + " URL (" + origin + ") is invalid: " + e.getMessage(),
          "write it as postgres://USER@HOST:5432/DATABASE, with the password in ~/.pgpass or"
              + " PGPASSWORD",
          "",
          e);
    }
  }
}
