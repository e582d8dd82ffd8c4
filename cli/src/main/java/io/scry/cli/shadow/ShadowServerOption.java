package io.scry.cli.shadow;

import io.scry.cli.config.DatabaseUrls;
import io.scry.cli.failure.UserFailure;
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
      return Endpoint.shadow(DatabaseUrls.parse(shadow, "shadow", "--shadow"), "--shadow");
    }
    String fromEnvironment = System.getenv(VARIABLE);
    if (fromEnvironment == null || fromEnvironment.isBlank()) {
      throw new UserFailure(
          "no shadow database: --shadow is not given and " + VARIABLE + " is not set",
          "pass --shadow postgres://USER@HOST:5432/DB");
    }
    return Endpoint.shadow(DatabaseUrls.parse(fromEnvironment, "shadow", VARIABLE), VARIABLE);
  }
}
