package io.scry.cli.ci;

import io.scry.cli.config.SettingFlags;
import io.scry.cli.failure.UserFailure;
import io.scry.coordinator.config.ConfigKey;
import io.scry.coordinator.config.ConfigValue;
import io.scry.coordinator.config.ScryConfig;
import io.scry.coordinator.report.ReportFormat;
import io.scry.coordinator.report.ToolErrorReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The report files of a gate without a verdict carry its error, so that a CI summary built from
 * them says why. Where the settings could not be resolved, the report directory named (or the
 * default one) and every file format are used.
 */
final class GateErrorReports {
  private GateErrorReports() {}

  /**
   * @param resolved the gate's settings, or null when they could not be resolved
   */
  static void write(
      UserFailure failure, ScryConfig resolved, SettingFlags settings, PrintStream log) {
    Path directory = resolved != null ? resolved.reportOutput() : directoryAnyway(settings);
    List<ReportFormat> formats =
        resolved != null
            ? resolved.reportFormats()
            : Arrays.stream(ReportFormat.values()).filter(f -> f != ReportFormat.TERMINAL).toList();
    try {
      new ToolErrorReport(Instant.now(), failure.reason(), failure.remedy(), failure.details())
          .write(formats, directory)
          .forEach(f -> log.println("scry: wrote " + f));
    } catch (IOException | RuntimeException e) {
      log.println("scry: could not write the error to the reports in " + directory + ": " + e);
    }
  }

  private static Path directoryAnyway(SettingFlags settings) {
    String fallback = ConfigKey.REPORT_OUTPUT.defaultValue();
    try {
      String named =
          settings.effective(System.getenv()).stream()
              .filter(v -> v.key() == ConfigKey.REPORT_OUTPUT)
              .map(ConfigValue::value)
              .findFirst()
              .orElse("");
      return Path.of(named.isBlank() ? fallback : named.strip());
    } catch (RuntimeException e) {
      // The configuration itself is what failed (a bad scry.yaml): the flag still says where.
      return Path.of(settings.reportDirFlag().orElse(fallback));
    }
  }
}
