package io.scry.cli.config;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scry-cluster config ...}: what the gate's settings resolve to. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = "Show the gate's settings (scry.yaml, SCRY_* variables, flags, defaults).",
    subcommands = {ConfigShowCommand.class})
public final class ConfigCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
