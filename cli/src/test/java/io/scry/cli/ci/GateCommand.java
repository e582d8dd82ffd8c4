package io.scry.cli.ci;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a {@code ci test-migration} gate as the tests write them: the capture, the
 * options, then {@code --} and the migration command.
 *
 * <pre>{@code
 * CliRun.of(GateCommand.of(capture).options("--shadow", url).migration(GateCommand.psql(sql)));
 * }</pre>
 */
final class GateCommand {
  private final List<String> args = new ArrayList<>();

  private GateCommand(String capture) {
    args.addAll(List.of("ci", "test-migration", capture));
  }

  /** {@code ci test-migration CAPTURE}, where the capture is a directory or a stored name. */
  static GateCommand of(String capture) {
    return new GateCommand(capture);
  }

  static GateCommand of(Path capture) {
    return of(capture.toString());
  }

  GateCommand options(String... options) {
    return options(List.of(options));
  }

  GateCommand options(List<String> options) {
    args.addAll(options);
    return this;
  }

  /** The whole command line: the options so far, {@code --}, then {@code command}. */
  String[] migration(String... command) {
    return migration(List.of(command));
  }

  String[] migration(List<String> command) {
    List<String> all = new ArrayList<>(args);
    all.add("--");
    all.addAll(command);
    return all.toArray(String[]::new);
  }

  /** The migration command the tests use: psql running {@code sqlFile}, stopping at an error. */
  static List<String> psql(Path sqlFile) {
    return List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", sqlFile.toString());
  }

  /** Writes {@code statements}, a line each, to {@code dir/name.sql}; returns psql running it. */
  static List<String> psqlScript(Path dir, String name, String... statements) throws IOException {
    Path sql = dir.resolve(name + ".sql");
    Files.writeString(sql, String.join("\n", statements) + "\n");
    return psql(sql);
  }
}
