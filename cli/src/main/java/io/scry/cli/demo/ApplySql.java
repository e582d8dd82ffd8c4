package io.scry.cli.demo;

import io.scry.fixtures.db.DatabaseTarget;
import io.scry.fixtures.scenario.ScriptRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Applies {@code .sql} files to the database in {@code DATABASE_URL} or the libpq variables: what
 * {@code scry-cluster demo apply-sql} does, and, through {@link #main}, the demo's migration
 * command. The demo runs that command several times a gate (the rehearsal, the candidate's
 * migration), each in a fresh JVM as a CI job would; a bare main class starts in a fraction of the
 * time the whole command line takes, which loads every command and configures logging first.
 */
public final class ApplySql {

  private ApplySql() {}

  /** {@code java -cp <scry-cluster.jar> io.scry.cli.demo.ApplySql FILE...}: exit 0, or 1. */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: ApplySql FILE.sql...");
      System.exit(1);
    }
    try {
      apply(
          Arrays.stream(args).map(Path::of).toList(),
          System.getenv(),
          new PrintWriter(System.out, true));
    } catch (IOException | SQLException | IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Applies {@code files} in order, statement by statement, stopping at the first error. */
  static void apply(List<Path> files, Map<String, String> env, PrintWriter out)
      throws IOException, SQLException {
    DatabaseTarget target = target(env);
    for (Path file : files) {
      long started = System.nanoTime();
      ScriptRunner.run(target, Files.readString(file));
      out.printf(
          "applied %s in %d ms%n", file.getFileName(), (System.nanoTime() - started) / 1_000_000);
    }
  }

  /** The database of {@code env}: {@code DATABASE_URL} wins over the libpq variables. */
  static DatabaseTarget target(Map<String, String> env) {
    String url = env.get("DATABASE_URL");
    if (url != null && !url.isBlank()) {
      return DatabaseTarget.parse(url, env.get("PGUSER"), env.get("PGPASSWORD"));
    }
    if (env.get("PGDATABASE") == null) {
      throw new IllegalArgumentException(
          "no database: set DATABASE_URL or PGHOST/PGPORT/PGDATABASE");
    }
    return new DatabaseTarget(
        "jdbc:postgresql://"
            + env.getOrDefault("PGHOST", "localhost")
            + ":"
            + env.getOrDefault("PGPORT", "5432")
            + "/"
            + env.get("PGDATABASE"),
        env.getOrDefault("PGUSER", System.getProperty("user.name")),
        env.get("PGPASSWORD"));
  }
}
