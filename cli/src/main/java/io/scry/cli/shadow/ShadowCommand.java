package io.scry.cli.shadow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scry-cluster shadow ...}: a copy of production kept current by logical replication. */
@Command(
    name = "shadow",
    mixinStandardHelpOptions = true,
    description =
        "Keep a shadow database current with a source by PostgreSQL logical replication, and take"
            + " frozen checkpoints of it for gates (docs/SHADOW.md).",
    subcommands = {
      ShadowInitCommand.class,
      ShadowStatusCommand.class,
      ShadowCheckpointCommand.class,
      ShadowResetCommand.class,
      ShadowDropCommand.class,
      ShadowSweepCommand.class
    })
public final class ShadowCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
