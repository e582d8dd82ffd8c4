package io.scry.coordinator.migration;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.explain.BlockingSql;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Clones databases on the shadow's server with {@code CREATE DATABASE ... TEMPLATE}, which needs
 * the source to have no other sessions: it waits a little for them to leave, then fails naming them
 * (from pg_stat_activity).
 */
public final class DatabaseCloner implements AutoCloseable {
  private final BlockingSql admin;
  private final DatabaseUrl server;
  private final Duration waitForSessions;

  /**
   * @param server any database URL of the server; the cloner itself connects to its {@code
   *     postgres} database
   */
  public DatabaseCloner(DatabaseUrl server, Duration waitForSessions) {
    this.server = server;
    this.waitForSessions = waitForSessions;
    try {
      this.admin = BlockingSql.connect(server.withDatabase("postgres"));
    } catch (BlockingSql.SqlException e) {
      throw new MigrationCheckException("cannot reach the shadow server: " + e.getMessage(), e);
    }
  }

  /** Whether a database of that name exists. */
  public boolean exists(String database) {
    return admin.queryValue("SELECT 1 FROM pg_database WHERE datname = " + literal(database))
        != null;
  }

  /** Creates {@code target} as a copy of {@code source} and returns its URL. */
  public DatabaseUrl cloneDatabase(String source, String target) {
    awaitNoSessions(source);
    try {
      admin.execute("CREATE DATABASE " + identifier(target) + " TEMPLATE " + identifier(source));
    } catch (BlockingSql.SqlException e) {
      if ("55006".equals(e.sqlstate())) {
        throw new MigrationCheckException(
            "cannot clone " + source + ": other sessions are connected to it", sessionsOn(source));
      }
      throw new MigrationCheckException(
          "cannot clone " + source + " into " + target + ": " + e.getMessage(), e);
    }
    return server.withDatabase(target);
  }

  /** Creates an empty database and returns its URL. */
  public DatabaseUrl create(String database) {
    admin.execute("CREATE DATABASE " + identifier(database));
    return server.withDatabase(database);
  }

  /** Drops {@code database} if it exists, ending any session still connected to it. */
  public void drop(String database) {
    admin.execute("DROP DATABASE IF EXISTS " + identifier(database) + " WITH (FORCE)");
  }

  /** Updates the planner statistics of a database, as autovacuum would soon after a migration. */
  public void analyze(String database) {
    try (BlockingSql db = BlockingSql.connect(server.withDatabase(database))) {
      db.execute("ANALYZE");
    }
  }

  @Override
  public void close() {
    admin.close();
  }

  private void awaitNoSessions(String database) {
    long deadline = System.nanoTime() + waitForSessions.toNanos();
    while (!sessions(database).isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MigrationCheckException("interrupted while waiting to clone " + database, e);
      }
    }
    List<List<String>> sessions = sessions(database);
    if (!sessions.isEmpty()) {
      throw new MigrationCheckException(
          "cannot clone "
              + database
              + ": "
              + sessions.size()
              + " other session(s) connected (CREATE DATABASE ... TEMPLATE needs none)",
          describe(sessions));
    }
  }

  private String sessionsOn(String database) {
    return describe(sessions(database));
  }

  private List<List<String>> sessions(String database) {
    return admin.query(
        "SELECT pid::text, usename, application_name, client_addr::text, state, left(query, 80)"
            + " FROM pg_stat_activity WHERE datname = "
            + literal(database)
            + " AND pid <> pg_backend_pid()");
  }

  private static String describe(List<List<String>> sessions) {
    return sessions.stream()
        .map(
            s ->
                String.format(
                    "pid %s user %s application '%s' from %s, %s: %s",
                    s.get(0),
                    s.get(1),
                    s.get(2),
                    s.get(3) == null ? "local" : s.get(3),
                    s.get(4),
                    s.get(5)))
        .collect(Collectors.joining("\n"));
  }

  static String identifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
