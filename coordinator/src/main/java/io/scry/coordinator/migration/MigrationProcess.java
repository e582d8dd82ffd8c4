package io.scry.coordinator.migration;

import io.scry.coordinator.config.DatabaseUrl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the migration command with the candidate database in its environment ({@code DATABASE_URL},
 * {@code PGHOST}, {@code PGPORT}, {@code PGDATABASE}, {@code PGUSER} and, when there is one, {@code
 * PGPASSWORD}), echoing its output line by line as it comes and keeping it for the report.
 */
public final class MigrationProcess {
  /** How much of each stream the report keeps (the tail). */
  static final int KEPT_CHARS = 16_000;

  private final List<String> command;

  /** How long output is still read after the command exited. */
  static final Duration OUTPUT_GRACE = Duration.ofSeconds(5);

  private final Duration timeout;
  private final PrintStream echo;

  /**
   * @param command the program and its arguments; a single string is run with {@code sh -c}
   * @param echo where the command's output is shown while it runs, prefixed with "| "
   */
  public MigrationProcess(List<String> command, Duration timeout, PrintStream echo) {
    if (command.isEmpty() || command.get(0).isBlank()) {
      throw new MigrationCheckException(
          "no migration command: give one after -- or set shadow.migration_cmd", "");
    }
    this.command = command.size() == 1 ? List.of("sh", "-c", command.get(0)) : List.copyOf(command);
    this.timeout = timeout;
    this.echo = echo;
  }

  /** The command as the report shows it. */
  public String display() {
    return command.size() == 3 && command.get(0).equals("sh") && command.get(1).equals("-c")
        ? command.get(2)
        : String.join(" ", command);
  }

  /** Runs to completion. */
  public Result run(DatabaseUrl database) {
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("DATABASE_URL", database.toUrl());
    env.put("PGHOST", database.host());
    env.put("PGPORT", Integer.toString(database.port()));
    env.put("PGDATABASE", database.database());
    env.put("PGUSER", database.user());
    if (database.password().isEmpty()) {
      env.remove("PGPASSWORD");
    } else {
      env.put("PGPASSWORD", database.password());
    }
    long started = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new MigrationCheckException(
          "cannot start the migration command " + display() + ": " + e.getMessage(), e);
    }
    try {
      process
          .getOutputStream()
          .close(); // no input: a command that prompts fails instead of hanging
    } catch (IOException e) {
      // already closed
    }
    Tail stdout = new Tail(process.getInputStream(), echo);
    Tail stderr = new Tail(process.getErrorStream(), echo);
    // The command dies with the check: a stopped gate must not leave a migration running.
    Thread killOnExit = new Thread(() -> destroyTree(process), "scry-migration-kill");
    Runtime.getRuntime().addShutdownHook(killOnExit);
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        destroyTree(process);
        throw new MigrationCheckException(
            "the migration command did not finish within " + timeout.toSeconds() + " s",
            stderr.text());
      }
      // A background child of the command can keep its output open after the command ended:
      // read what comes soon, never wait for it forever.
      stdout.join(OUTPUT_GRACE.toMillis());
      stderr.join(OUTPUT_GRACE.toMillis());
    } catch (InterruptedException e) {
      destroyTree(process);
      Thread.currentThread().interrupt();
      throw new MigrationCheckException("interrupted while the migration ran", e);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(killOnExit);
      } catch (IllegalStateException shuttingDown) {
        // The hook runs: it kills the command.
      }
    }
    return new Result(
        process.exitValue(), (System.nanoTime() - started) / 1e6, stdout.text(), stderr.text());
  }

  private static void destroyTree(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  /** What the command did. */
  public record Result(int exitCode, double durationMs, String stdout, String stderr) {}

  /** Drains a stream on its own thread, echoing each line and keeping the tail. */
  private static final class Tail extends Thread {
    private final InputStream in;
    private final PrintStream echo;
    private final StringBuilder kept = new StringBuilder();

    Tail(InputStream in, PrintStream echo) {
      super("scry-migration-output");
      this.in = in;
      this.echo = echo;
      setDaemon(true);
      start();
    }

    @Override
    public void run() {
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          synchronized (this) {
            kept.append(line).append('\n');
            if (kept.length() > 2 * KEPT_CHARS) {
              kept.delete(0, kept.length() - KEPT_CHARS);
            }
          }
          echo.println("| " + line);
        }
      } catch (IOException e) {
        // The process went away; what was read is kept.
      }
    }

    synchronized String text() {
      return kept.length() <= KEPT_CHARS
          ? kept.toString()
          : kept.substring(kept.length() - KEPT_CHARS);
    }
  }
}
