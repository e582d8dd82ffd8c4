package io.scry.coordinator.migration;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.explain.BlockingSql;
import io.scry.coordinator.report.MigrationSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A migration given as SQL statements, run directly on one connection, each as a simple query in
 * order (so {@code BEGIN} and {@code COMMIT} among them make the transactions): how a rewrite of
 * the migration is rehearsed, without the user's migration command. Its one server session is told
 * to the rehearsal by its process id.
 */
final class SqlMigration implements MigrationStep {
  private final String display;
  private final List<String> statements;

  /**
   * @param display the migration as the report names it
   */
  SqlMigration(String display, List<String> statements) {
    this.display = display;
    this.statements = List.copyOf(statements);
  }

  /**
   * @throws MigrationCheckException naming the statement that failed
   */
  @Override
  public MigrationSummary apply(DatabaseUrl target, MigrationConnections connections) {
    long started = System.nanoTime();
    List<MigrationSummary.Statement> ran = new ArrayList<>();
    try (BlockingSql sql = BlockingSql.connect(target)) {
      int pid = Integer.parseInt(sql.queryValue("SELECT pg_backend_pid()"));
      connections.watch(Set.of(), Set.of(pid));
      for (String statement : statements) {
        long startMillis = System.currentTimeMillis();
        long t = System.nanoTime();
        List<List<String>> rows;
        try {
          rows = sql.query(statement);
        } catch (BlockingSql.SqlException e) {
          throw new MigrationCheckException(
              "the statement " + statement + " failed: " + e.getMessage(), e);
        }
        ran.add(
            new MigrationSummary.Statement(
                statement,
                (System.nanoTime() - t) / 1e6,
                rows.size(),
                "",
                "",
                LockWarnings.of(statement),
                startMillis));
      }
    }
    return new MigrationSummary(display, 0, (System.nanoTime() - started) / 1e6, "", "", ran);
  }
}
