package io.scry.coordinator.shadow;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.protocol.security.PgPass;

/**
 * The libpq connection string by which the shadow server itself connects to the source for its
 * subscription. It holds the source's password (from the URL, {@code PGPASSWORD} or the password
 * file): PostgreSQL keeps it in {@code pg_subscription}, readable by superusers only; Scry never
 * prints it.
 */
final class ConnInfo {
  private ConnInfo() {}

  static String of(DatabaseUrl source) {
    StringBuilder conninfo =
        new StringBuilder()
            .append("host=")
            .append(value(source.host()))
            .append(" port=")
            .append(source.port())
            .append(" dbname=")
            .append(value(source.database()))
            .append(" user=")
            .append(value(source.user()));
    PgPass.system()
        .password(source.password(), source.host(), source.port(), source.database(), source.user())
        .filter(p -> !p.isEmpty())
        .ifPresent(p -> conninfo.append(" password=").append(value(p)));
    return conninfo.toString();
  }

  /** A conninfo value: single-quoted, with backslashes and quotes escaped. */
  private static String value(String raw) {
    return "'" + raw.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
