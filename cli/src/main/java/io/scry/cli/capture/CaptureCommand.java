package io.scry.cli.capture;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scry-cluster capture ...}: commands that look at captured traffic. */
@Command(
    name = "capture",
    mixinStandardHelpOptions = true,
    description = "Look into captured traffic (directories of capture segment files).",
    subcommands = {CaptureInspectCommand.class, FingerprintCommand.class})
public final class CaptureCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
