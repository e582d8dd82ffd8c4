package io.scry.cli.ci;

import io.scry.cli.failure.UserFailure;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the migration command's program before the gate clones anything: a typo, a tool not
 * installed on the CI runner, or the example scry.yaml's {@code alembic upgrade head} picked up by
 * mistake would otherwise fail only after minutes of cloning.
 */
final class MigrationCommandCheck {
  private MigrationCommandCheck() {}

  /**
   * @param command the argument vector after {@code --}, or the one shell line of {@code
   *     shadow.migration_cmd} (run with {@code sh -c})
   * @param origin where the command came from, for the message
   */
  static void check(List<String> command, String origin) {
    if (command.isEmpty() || command.get(0).isBlank()) {
      throw new UserFailure(
          "no migration command: nothing follows -- and shadow.migration_cmd is not set",
          "give the command after --, e.g. -- psql -f migrate.sql, or set shadow.migration_cmd");
    }
    String program =
        command.size() == 1 ? firstWordOfShellLine(command.get(0)) : command.get(0).strip();
    if (program == null || isFound(program)) {
      return;
    }
    throw new UserFailure(
        "the migration command " + program + " (" + origin + ") was not found on the PATH",
        "install it on this machine, or correct the command " + origin);
  }

  /**
   * The program a shell line runs, when the line plainly starts with one: null for a line that
   * starts with a variable assignment, a subshell, a builtin or anything else the shell resolves.
   */
  private static String firstWordOfShellLine(String line) {
    String word = line.strip().split("\\s+", 2)[0];
    return word.matches("[A-Za-z0-9_./+-]+") && !word.contains("=") && !isShellBuiltin(word)
        ? word
        : null;
  }

  private static boolean isShellBuiltin(String word) {
    return List.of("cd", "set", "export", "exec", "true", "false", ".", "eval", "test")
        .contains(word);
  }

  private static boolean isFound(String program) {
    if (program.contains("/")) {
      Path path = Path.of(program);
      return Files.isRegularFile(path) && Files.isExecutable(path);
    }
    String pathVariable = System.getenv("PATH");
    if (pathVariable == null) {
      return false;
    }
    for (String dir : pathVariable.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return true;
      }
    }
    return false;
  }
}
