package io.scry.cli;

import io.scry.cli.console.Verbose;
import io.scry.cli.failure.FailureReport;
import io.scry.cli.failure.Failures;
import io.scry.cli.failure.UserFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code scry-cluster} command: every command a user types starts here. */
@Command(
    name = "scry-cluster",
    mixinStandardHelpOptions = true,
    versionProvider = ScryCli.Version.class,
    description =
        "Prove a PostgreSQL schema migration safe by replaying captured production traffic.",
    subcommands = {
      CommandLine.HelpCommand.class,
      io.scry.cli.ci.CiCommand.class,
      io.scry.cli.config.ConfigCommand.class,
      io.scry.cli.proxy.ProxyCommand.class,
      io.scry.cli.capture.CaptureCommand.class,
      io.scry.cli.shadow.ShadowCommand.class,
      io.scry.cli.node.CoordinatorCommand.class,
      io.scry.cli.node.WorkerCommand.class,
      io.scry.cli.node.LocalCommand.class,
      io.scry.cli.node.ClusterKeyCommand.class,
      io.scry.cli.jobs.SubmitCommand.class,
      io.scry.cli.jobs.StatusCommand.class,
      io.scry.cli.jobs.ReportCommand.class,
      io.scry.cli.demo.DemoCommand.class,
      io.scry.fixtures.orders.FixtureCommand.class,
      io.scry.fixtures.workload.WorkloadCommand.class,
      io.scry.fixtures.scenario.ScenarioCommand.class
    })
public final class ScryCli {

  /** Exit code: the migration is safe / the command succeeded. */
  public static final int EXIT_OK = 0;

  /** Exit code: a tool error (bad input, unreachable database, failed command). */
  public static final int EXIT_TOOL_ERROR = 1;

  /** Exit code: the verdict found regressions. */
  public static final int EXIT_REGRESSION = 5;

  /** Read through {@link Verbose}, wherever on the command line it was given. */
  @Option(
      names = Verbose.OPTION,
      scope = ScopeType.INHERIT,
      description = "Show the libraries' logs and, on failure, the stack trace.")
  boolean verbose;

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /**
   * The command line with the failure contract every command keeps (docs/CI.md#errors): a mistyped
   * flag or a failure is a tool error whose first line on standard error is {@code error: …} and
   * whose last is {@code scry: failed — …}.
   */
  public static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new ScryCli());
    // A mistyped flag is a tool error like any other: CI scripts only tell 0, 5 and 1 apart.
    commandLine.setParameterExceptionHandler(
        (exception, args) -> {
          CommandLine cmd = exception.getCommandLine();
          FailureReport.print(
              cmd.getErr(),
              new UserFailure(
                  exception.getMessage(),
                  "try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options"),
              false);
          return EXIT_TOOL_ERROR;
        });
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          FailureReport.print(cmd.getErr(), Failures.explain(exception), Verbose.of(parseResult));
          return EXIT_TOOL_ERROR;
        });
    return commandLine;
  }

  /** Reads the version Maven stamped into the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ScryCli.class.getPackage().getImplementationVersion();
      return new String[] {"scry-cluster " + (version == null ? "dev" : version)};
    }
  }
}
