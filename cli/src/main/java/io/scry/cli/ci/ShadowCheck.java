package io.scry.cli.ci;

import io.r2dbc.spi.R2dbcException;
import io.scry.cli.failure.Failures;
import io.scry.cli.failure.UserFailure;
import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.explain.BlockingSql;
import java.net.ConnectException;
import java.net.UnknownHostException;

/**
 * Connects to the shadow database once before the gate clones anything, and says which of the three
 * things that can be wrong is: the network (no server there), the credentials (the server refused
 * the user or password) or the database (the server has none of that name). A user that may not
 * create databases is refused here too: every database the gate works on is a clone.
 */
final class ShadowCheck {
  private ShadowCheck() {}

  /**
   * @param origin where the URL came from, for the messages: {@code --shadow}, {@code
   *     SCRY_SHADOW_URL} or {@code shadow.url in FILE}
   */
  static void check(DatabaseUrl shadow, String origin) {
    String server = shadow.host() + ":" + shadow.port();
    BlockingSql connection;
    try {
      connection = BlockingSql.connect(shadow);
    } catch (BlockingSql.SqlException e) {
      throw refused(e, shadow, server, origin);
    }
    try (connection) {
      String createdb =
          connection.queryValue(
              "SELECT (rolcreatedb OR rolsuper)::text FROM pg_roles WHERE rolname = current_user");
      if (!"true".equals(createdb)) {
        throw new UserFailure(
            "user "
                + shadow.user()
                + " may not create databases on the shadow server "
                + server
                + " ("
                + origin
                + "), and the gate works on clones of the shadow",
            "grant it with ALTER ROLE " + shadow.user() + " CREATEDB, or use a user that has it");
      }
    }
  }

  /**
   * The replay role exists on the shadow server and the shadow URL's user may act as it; otherwise
   * every replay connection would be refused, after the clones and the migration.
   *
   * @param origin where the role came from: {@code --replay-role}, a variable or the file's key
   */
  static void checkReplayRole(DatabaseUrl shadow, String role, String origin) {
    String server = shadow.host() + ":" + shadow.port();
    try (BlockingSql connection = BlockingSql.connect(shadow)) {
      String r = BlockingSql.literal(role);
      String state =
          connection.queryValue(
              "SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                  + r
                  + ") THEN 'missing' WHEN pg_has_role(current_user, "
                  + r
                  + ", 'MEMBER') THEN 'member' ELSE 'not a member' END");
      if (state.equals("missing")) {
        throw new UserFailure(
            "the replay role "
                + role
                + " ("
                + origin
                + ") does not exist on the shadow server "
                + server,
            "create it there as production has it (roles are not part of a database's dump), or"
                + " correct "
                + origin);
      }
      if (!state.equals("member")) {
        throw new UserFailure(
            "user "
                + shadow.user()
                + " may not act as the replay role "
                + role
                + " ("
                + origin
                + ") on the shadow server "
                + server,
            "grant it with GRANT "
                + BlockingSql.identifier(role)
                + " TO "
                + BlockingSql.identifier(shadow.user()));
      }
    } catch (BlockingSql.SqlException e) {
      throw refused(e, shadow, server, "the shadow URL");
    }
  }

  private static UserFailure refused(
      BlockingSql.SqlException e, DatabaseUrl shadow, String server, String origin) {
    // Every message names the server and where its URL came from, so the user knows what to fix.
    String where = server + " (" + origin + ")";
    R2dbcException refusal = Failures.find(e, R2dbcException.class);
    String sqlstate = refusal == null ? "" : String.valueOf(refusal.getSqlState());
    if (sqlstate.startsWith("28")) {
      return new UserFailure(
          "authentication failed for user "
              + shadow.user()
              + " on the shadow server "
              + where
              + ": "
              + refusal.getMessage(),
          "correct the user and password in " + origin,
          "",
          e);
    }
    if (sqlstate.equals("3D000")) {
      return new UserFailure(
          "the shadow database " + shadow.database() + " does not exist on " + where,
          "restore the shadow there, or correct the database name in " + origin,
          "",
          e);
    }
    String problem =
        Failures.find(e, UnknownHostException.class) != null
            ? "unknown host " + shadow.host()
            : Failures.find(e, ConnectException.class) != null
                ? "connection refused"
                : refusal != null ? refusal.getMessage() : "no answer";
    return new UserFailure(
        "cannot connect to the shadow server " + where + ": " + problem,
        "check that PostgreSQL runs there and accepts connections from this machine, and that "
            + origin
            + " names its host and port",
        "",
        e);
  }
}
