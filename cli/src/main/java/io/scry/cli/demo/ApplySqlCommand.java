package io.scry.cli.demo;

import io.scry.fixtures.db.DatabaseTarget;
import io.scry.fixtures.scenario.ScriptRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster demo apply-sql FILE...}: the demo's migration command, the stand-in for a
 * user's {@code psql -f} on a machine without psql. Reaches the database the way the CI gate hands
 * it to every migration command: {@code DATABASE_URL}, else {@code PGHOST}/{@code PGPORT}/{@code
 * PGDATABASE}/{@code PGUSER}/{@code PGPASSWORD}. Runs the files statement by statement in
 * autocommit mode and stops at the first error (exit 1).
 */
@Command(
    name = "apply-sql",
    mixinStandardHelpOptions = true,
    description = {
      "Apply .sql files through JDBC to the database in DATABASE_URL or the PG* variables.",
      "Statement by statement, autocommit, stops at the first error (exit 1)."
    })
public final class ApplySqlCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "SQL files, applied in order.")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    DatabaseTarget target = target(System.getenv());
    for (Path file : files) {
      long started = System.nanoTime();
      ScriptRunner.run(target, Files.readString(file));
      spec.commandLine()
          .getOut()
          .printf(
              "applied %s in %d ms%n",
              file.getFileName(), (System.nanoTime() - started) / 1_000_000);
    }
    return 0;
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
