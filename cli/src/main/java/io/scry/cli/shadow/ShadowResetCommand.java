package io.scry.cli.shadow;

import io.scry.coordinator.shadow.ShadowReset;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scry-cluster shadow reset}: starts the shadow's replication over with a new copy. */
@Command(
    name = "reset",
    mixinStandardHelpOptions = true,
    description =
        "Drop the shadow's subscription and slot, empty its tables and copy them again from the"
            + " source; the schema, publication and checkpoints stay.")
public final class ShadowResetCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ShadowOptions options;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ShadowReset.run(
        options.shadow(), options.name(), options.source(), ProgressLines.printedTo(out));
    return 0;
  }
}
