package io.scry.cli.config;

import io.scry.cli.failure.UserFailure;
import io.scry.coordinator.config.ConfigException;
import io.scry.coordinator.config.DatabaseUrl;

/**
 * Database URLs the user gave (a flag, an environment variable, a settings file), parsed once for
 * every command so that a malformed one fails with the same message and hint wherever it came from.
 */
public final class DatabaseUrls {
  private DatabaseUrls() {}

  /**
   * The URL, or a failure naming it.
   *
   * @param role which database it is, for the message: {@code shadow}, {@code source}
   * @param origin where the URL came from, for the message: {@code --shadow}, {@code
   *     SCRY_SHADOW_URL}, {@code shadow.url in FILE}
   */
  public static DatabaseUrl parse(String url, String role, String origin) {
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
