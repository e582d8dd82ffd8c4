package io.scry.coordinator.shadow;

import io.r2dbc.spi.R2dbcException;
import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.explain.BlockingSql;
import java.net.ConnectException;
import java.net.UnknownHostException;

/**
 * One of the two databases a shadow joins, with the words its failures are told in: {@code role}
 * ("source" or "shadow") and {@code origin}, where the user gave the URL ({@code --source}).
 */
public record Endpoint(String role, DatabaseUrl url, String origin) {

  public static Endpoint source(DatabaseUrl url, String origin) {
    return new Endpoint("source", url, origin);
  }

  public static Endpoint shadow(DatabaseUrl url, String origin) {
    return new Endpoint("shadow", url, origin);
  }

  /** {@code host:port}, for messages. */
  public String server() {
    return url.host() + ":" + url.port();
  }

  /** "the source server db:5432 (--source)". */
  public String described() {
    return "the " + role + " server " + server() + " (" + origin + ")";
  }

  /**
   * Runs {@code sql} on {@code connection}, a connection to this endpoint; a refusal (a missing
   * privilege or setting, mostly) becomes a {@link ShadowException} "cannot {@code action} on this
   * endpoint: the server's message", with {@code remedy}. For the statements shadow init runs that
   * a user can fix on their side.
   */
  void execute(BlockingSql connection, String sql, String action, String remedy) {
    try {
      connection.execute(sql);
    } catch (BlockingSql.SqlException e) {
      throw new ShadowException(
          "cannot " + action + " on " + described() + ": " + e.getMessage(), remedy, "", e);
    }
  }

  /**
   * Connects to the database, or fails saying whether the network, the login or the name is wrong.
   */
  public BlockingSql connect() {
    return connect(url);
  }

  /** Connects to another database of the same server (its {@code postgres} database, say). */
  public BlockingSql connect(String database) {
    return connect(url.withDatabase(database));
  }

  private BlockingSql connect(DatabaseUrl target) {
    try {
      return BlockingSql.connect(target);
    } catch (BlockingSql.SqlException e) {
      throw refused(e, target);
    }
  }

  private ShadowException refused(BlockingSql.SqlException e, DatabaseUrl target) {
    R2dbcException refusal = find(e, R2dbcException.class);
    String sqlstate = refusal == null ? "" : String.valueOf(refusal.getSqlState());
    if (sqlstate.startsWith("28")) {
      return new ShadowException(
          "authentication failed for user "
              + target.user()
              + " on "
              + described()
              + ": "
              + refusal.getMessage(),
          "correct the user and password in " + origin + " (or put the password in ~/.pgpass)",
          "",
          e);
    }
    if (sqlstate.equals("3D000")) {
      return new ShadowException(
          "the " + role + " database " + target.database() + " does not exist on " + described(),
          "create it, or correct the database name in " + origin,
          "",
          e);
    }
    String problem =
        find(e, UnknownHostException.class) != null
            ? "unknown host " + target.host()
            : find(e, ConnectException.class) != null
                ? "connection refused"
                : refusal != null ? refusal.getMessage() : "no answer";
    return new ShadowException(
        "cannot connect to " + described() + ": " + problem,
        "check that PostgreSQL runs there and accepts connections from this machine, and that "
            + origin
            + " names its host and port",
        "",
        e);
  }

  private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
