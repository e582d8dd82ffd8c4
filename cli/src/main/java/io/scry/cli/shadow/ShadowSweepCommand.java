package io.scry.cli.shadow;

import io.scry.cli.failure.UserFailure;
import io.scry.coordinator.shadow.CloneSweep;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster shadow sweep}: drops the clones crashed gates left on the shadow's server.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description =
        "Drop the clones (scry_<hex>_<phase> databases) that gates which crashed left on the"
            + " shadow's server: older than --older-than, unclaimed by a running gate, without"
            + " sessions. Checkpoints are never dropped.")
public final class ShadowSweepCommand implements Callable<Integer> {
  private static final Pattern AGE = Pattern.compile("(\\d+)([smhd])");

  @Spec CommandSpec spec;

  @Mixin ShadowServerOption server;

  @Option(
      names = "--older-than",
      paramLabel = "AGE",
      defaultValue = "6h",
      description = "Only clones at least this old: 90m, 6h, 2d (default: ${DEFAULT-VALUE}).")
  String olderThan;

  @Override
  public Integer call() {
    CloneSweep.Result result = CloneSweep.run(server.endpoint(), age(olderThan));
    PrintWriter out = spec.commandLine().getOut();
    result.dropped().forEach(database -> out.println("dropped " + database));
    result.kept().forEach((database, why) -> out.println("kept " + database + ": " + why));
    out.println(result.dropped().size() + " clone(s) dropped, " + result.kept().size() + " kept");
    return 0;
  }

  static Duration age(String text) {
    Matcher m = AGE.matcher(text);
    if (!m.matches()) {
      throw new UserFailure(
          "--older-than must be a number and a unit (s, m, h or d), such as 6h, got '" + text + "'",
          "correct --older-than");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }
}
