package io.scry.cli.shadow;

import io.scry.coordinator.shadow.ShadowDrop;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster shadow drop}: removes the shadow's replication from both servers, leaving
 * nothing on the source; the copied tables stay in the shadow database.
 */
@Command(
    name = "drop",
    mixinStandardHelpOptions = true,
    description =
        "Remove the shadow: its checkpoints, the subscription, its slot and publication on the"
            + " source, and its metadata. The copied tables stay.")
public final class ShadowDropCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ShadowOptions options;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ShadowDrop.run(options.shadow(), options.name(), options.source(), out::println);
    return 0;
  }
}
