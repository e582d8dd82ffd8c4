package io.scry.cli.jobs;

import io.scry.cli.config.ConfigFile;
import io.scry.coordinator.compare.Thresholds;
import io.scry.coordinator.config.ConfigLoader;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --config} of the commands that judge a finished job ({@code report}, {@code submit
 * --wait}): the verdict formats apply the same thresholds as {@code ci test-migration}, from
 * scry.yaml and the {@code SCRY_*} variables.
 */
public class ThresholdOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "scry.yaml whose ci.regression_thresholds and thresholds.* the verdict formats apply"
              + " (default: ./scry.yaml when present; SCRY_* variables override it).")
  Path config;

  /**
   * The thresholds in effect.
   *
   * @throws io.scry.coordinator.config.ConfigException naming the key of a bad value
   */
  Thresholds thresholds() {
    return ConfigLoader.load(ConfigFile.resolve(config), System.getenv(), Map.of()).thresholds();
  }
}
