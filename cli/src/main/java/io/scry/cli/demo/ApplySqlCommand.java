package io.scry.cli.demo;

import io.scry.cli.failure.UserFailure;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster demo apply-sql FILE...}: {@link ApplySql} as a command, the stand-in for a
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
    try {
      ApplySql.apply(files, System.getenv(), spec.commandLine().getOut());
    } catch (SQLException e) {
      // A statement the database refused, or a database it cannot reach: the SQL's or the
      // environment's fault, not this program's.
      throw new UserFailure(
          e.getMessage(),
          "check the SQL file and the database in DATABASE_URL (or PGHOST, PGPORT, PGDATABASE)",
          "",
          e);
    }
    return 0;
  }
}
