package io.scry.cli.config;

import io.scry.cli.ScryCli;
import io.scry.cli.console.LogStream;
import io.scry.coordinator.config.ConfigKey;
import io.scry.coordinator.config.ConfigValue;
import io.scry.coordinator.config.DatabaseUrl;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster config show [flags]}: every setting of the gate with its effective value and
 * where that came from, resolved exactly as {@code ci test-migration} would with the same flags;
 * then the values are checked, so a bad one fails here as it would fail the gate.
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "List every setting of the gate, its effective value and its source (file, env, flag,"
          + " default).",
      "Takes the same settings flags as 'ci test-migration'. Exit 1 when a value is invalid."
    })
public final class ConfigShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin SettingFlags flags;

  @Override
  public Integer call() {
    Map<String, String> environment = System.getenv();
    PrintWriter out = spec.commandLine().getOut();
    flags.announce(environment, LogStream.onto(out));
    List<ConfigValue> values = flags.effective(environment);
    int width = values.stream().mapToInt(v -> v.key().key().length()).max().orElse(0);
    int valueWidth = values.stream().mapToInt(v -> shown(v).length()).max().orElse(0);
    String row = "%-" + width + "s  %-" + Math.max(5, valueWidth) + "s  %s%n";
    out.printf(row, "key", "value", "source");
    for (ConfigValue value : values) {
      out.printf(row, value.key().key(), shown(value), source(value));
    }
    out.flush();
    // Resolving interprets every value: a bad one is the same tool error the gate would give.
    flags.load(environment);
    return ScryCli.EXIT_OK;
  }

  private String source(ConfigValue value) {
    return switch (value.kind()) {
      case FILE -> "file " + flags.describeFile();
      case ENV -> "env " + value.source();
      case FLAG -> "flag " + value.source();
      case DEFAULT -> "default";
    };
  }

  /** The value as shown: the shadow's URL without its password, an empty value as "-". */
  private static String shown(ConfigValue value) {
    String text = value.value().strip();
    if (text.isEmpty()) {
      return "-";
    }
    if (value.key() == ConfigKey.SHADOW_URL) {
      try {
        return DatabaseUrl.parse(text).toString();
      } catch (RuntimeException e) {
        return "(not a database URL)";
      }
    }
    return text;
  }
}
