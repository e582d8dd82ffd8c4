package io.scry.coordinator.migration;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.explain.BlockingSql;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Clones databases on the shadow's server with {@code CREATE DATABASE ... TEMPLATE}, which needs
 * the source to have no other sessions: it waits a little for them to leave, then fails naming them
 * (from pg_stat_activity). A check names its clones {@code scry_<hex>_…}, {@link #claim claims}
 * that prefix, and drops what earlier checks left behind ({@link #sweepAbandoned}).
 */
public final class DatabaseCloner implements AutoCloseable {
  /** First key of the advisory locks by which a check claims its clones ("scry" in ASCII). */
  static final int CLONE_LOCK_CLASS = 0x73637279;

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

  /**
   * Marks every database named {@code prefix_…} as this check's for as long as this cloner is open:
   * a session-level advisory lock on the admin connection, which PostgreSQL releases when the
   * connection ends, however the check ends (SIGKILL included). {@link #sweepAbandoned} drops only
   * clones whose prefix nobody holds.
   *
   * @param prefix {@code scry_} and lowercase hex digits
   */
  public void claim(String prefix) {
    requireClonePrefix(prefix);
    admin.execute(
        "SELECT pg_advisory_lock(" + CLONE_LOCK_CLASS + ", hashtext(" + literal(prefix) + "))");
  }

  /**
   * Drops the clones of checks that ended without dropping them (a SIGKILL, a crashed machine): the
   * {@code scry_<hex>_…} databases whose prefix no live check {@link #claim claims}.
   *
   * @return the databases dropped
   */
  public List<String> sweepAbandoned() {
    return sweepAbandoned(database -> true);
  }

  /**
   * Like {@link #sweepAbandoned()}, but drops only the abandoned clones {@code mayDrop} accepts
   * (those old enough, say).
   *
   * @return the databases dropped
   */
  public List<String> sweepAbandoned(Predicate<String> mayDrop) {
    List<String> dropped = new ArrayList<>();
    List<List<String>> clones =
        admin.query(
            "SELECT datname, substring(datname FROM '^(scry_[0-9a-f]+)_') FROM pg_database"
                + " WHERE datname ~ '^scry_[0-9a-f]+_[a-z]' ORDER BY datname");
    Map<String, List<String>> byPrefix = new TreeMap<>();
    for (List<String> clone : clones) {
      byPrefix.computeIfAbsent(clone.get(1), p -> new ArrayList<>()).add(clone.get(0));
    }
    for (Map.Entry<String, List<String>> check : byPrefix.entrySet()) {
      String lock = CLONE_LOCK_CLASS + ", hashtext(" + literal(check.getKey()) + ")";
      if (!"true".equals(admin.queryValue("SELECT pg_try_advisory_lock(" + lock + ")::text"))) {
        continue; // a live check holds it
      }
      try {
        for (String database : check.getValue()) {
          if (mayDrop.test(database)) {
            drop(database);
            dropped.add(database);
          }
        }
      } finally {
        admin.execute("SELECT pg_advisory_unlock(" + lock + ")");
      }
    }
    return dropped;
  }

  /** The databases named {@code prefix_…}: what the check of that prefix created. */
  public List<String> databasesOf(String prefix) {
    requireClonePrefix(prefix);
    return admin
        .query(
            "SELECT datname FROM pg_database WHERE datname ~ "
                + literal("^" + prefix + "_")
                + " ORDER BY datname")
        .stream()
        .map(row -> row.get(0))
        .toList();
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

  /**
   * Vacuums a database and updates its planner statistics, as autovacuum would soon after a
   * migration. Without the vacuum, the dead tuples of a migration's full-table UPDATE stay in the
   * candidate only, and every read of that table pays for them in the measured rounds: a transient
   * the migration leaves behind, judged as if it were the schema's cost.
   */
  public void vacuumAnalyze(String database) {
    try (BlockingSql db = BlockingSql.connect(server.withDatabase(database))) {
      db.execute("VACUUM ANALYZE");
    }
  }

  @Override
  public void close() {
    admin.close();
  }

  /**
   * Waits for the client sessions on {@code database} to leave. Autovacuum workers are not waited
   * for: CREATE DATABASE ends them itself (it signals a template's autovacuum workers and waits up
   * to 5 s for them), and one may start again at any moment, as after the VACUUM ANALYZE of a
   * template, whose new statistics make pg_statistic itself due for a vacuum.
   */
  private void awaitNoSessions(String database) {
    long deadline = System.nanoTime() + waitForSessions.toNanos();
    while (!clientSessions(database).isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MigrationCheckException("interrupted while waiting to clone " + database, e);
      }
    }
    List<List<String>> sessions = clientSessions(database);
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
    return admin.query(sessionsQuery(database));
  }

  private List<List<String>> clientSessions(String database) {
    return admin.query(sessionsQuery(database) + " AND backend_type <> 'autovacuum worker'");
  }

  private static String sessionsQuery(String database) {
    return "SELECT pid::text, usename, application_name, client_addr::text, state, left(query, 80)"
        + " FROM pg_stat_activity WHERE datname = "
        + literal(database)
        + " AND pid <> pg_backend_pid()";
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

  private static void requireClonePrefix(String prefix) {
    if (!prefix.matches("scry_[0-9a-f]+")) {
      throw new IllegalArgumentException("not a clone prefix: " + prefix);
    }
  }

  static String identifier(String name) {
    return BlockingSql.identifier(name);
  }

  static String literal(String value) {
    return BlockingSql.literal(value);
  }
}
