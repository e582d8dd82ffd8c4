package io.scry.cli.shadow;

import io.scry.coordinator.shadow.ShadowCheckpoint;
import io.scry.coordinator.shadow.ShadowCheckpoints;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster shadow checkpoint [NAME]}: takes a frozen copy of the shadow for gates; with
 * {@code --list} lists them, with {@code --drop NAME} drops one.
 */
@Command(
    name = "checkpoint",
    mixinStandardHelpOptions = true,
    description =
        "Take a frozen, consistent copy of the shadow (database scry_ckpt_NAME) recording its"
            + " source LSN and source time; or list or drop checkpoints.")
public final class ShadowCheckpointCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ShadowOptions options;

  @Parameters(
      arity = "0..1",
      paramLabel = "NAME",
      description = "The checkpoint's name (default: the UTC time, such as 20261207_091500).")
  String name;

  @ArgGroup(exclusive = true)
  Other other;

  static final class Other {
    @Option(names = "--list", description = "List the checkpoints instead.")
    boolean list;

    @Option(names = "--drop", paramLabel = "NAME", description = "Drop that checkpoint instead.")
    String drop;
  }

  @Option(
      names = "--catch-up",
      paramLabel = "SECONDS",
      defaultValue = "300",
      description =
          "How long to wait for the shadow to apply the source up to now (default:"
              + " ${DEFAULT-VALUE}).")
  long catchUpSeconds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (other != null && other.list) {
      List<ShadowCheckpoint> checkpoints = ShadowCheckpoints.list(options.shadow(), options.name());
      if (checkpoints.isEmpty()) {
        out.println("no checkpoints");
      }
      for (ShadowCheckpoint c : checkpoints) {
        out.println(
            c.name()
                + "  database "
                + c.database()
                + "  shadow "
                + c.shadow()
                + "  source LSN "
                + c.sourceLsn()
                + "  source time "
                + c.sourceTime()
                + " .. "
                + c.sourceTimeUpper());
      }
      return 0;
    }
    if (other != null && other.drop != null) {
      ShadowCheckpoints.drop(options.shadow(), other.drop);
      out.println("dropped checkpoint " + other.drop);
      return 0;
    }
    if (catchUpSeconds < 1) {
      throw new IllegalArgumentException(
          "--catch-up must be at least 1 second, got " + catchUpSeconds);
    }
    String checkpointName =
        ShadowCheckpoint.requireValidName(name == null ? ShadowCheckpoints.defaultName() : name);
    ShadowCheckpoints.create(
        options.shadow(),
        options.name(),
        options.source(),
        checkpointName,
        Duration.ofSeconds(catchUpSeconds),
        ProgressLines.printedTo(out));
    return 0;
  }
}
