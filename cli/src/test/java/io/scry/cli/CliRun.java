package io.scry.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the {@code scry-cluster} command line, with what it printed. */
public record CliRun(int exit, String stdout, String stderr) {

  /** Runs the command line with {@code args}, capturing standard output and error. */
  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ScryCli.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** Everything it printed, for assertion messages. */
  public String output() {
    return "exit " + exit + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
  }

  /** The first line on standard error. */
  public String firstErrorLine() {
    return stderr.lines().findFirst().orElse("");
  }

  /** The last line on standard error. */
  public String lastErrorLine() {
    return stderr.lines().reduce((a, b) -> b).orElse("");
  }
}
