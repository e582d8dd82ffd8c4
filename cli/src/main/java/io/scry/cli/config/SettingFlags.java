package io.scry.cli.config;

import io.scry.coordinator.config.ConfigKey;
import io.scry.coordinator.config.ConfigLoader;
import io.scry.coordinator.config.ConfigValue;
import io.scry.coordinator.config.ConfigValue.Kind;
import io.scry.coordinator.config.ScryConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The flags that set a key of scry.yaml, shared by {@code ci test-migration} and {@code config
 * show} so that both resolve the same values: defaults, then the file, then {@code SCRY_*}
 * variables, then these flags.
 */
public final class SettingFlags {
  /** {@code SCRY_*} variables that are read but are not keys of scry.yaml. */
  public static final List<String> OTHER_VARIABLES =
      List.of(
          "SCRY_TOKEN",
          "SCRY_TOKEN_FILE",
          "SCRY_INGEST_SECRET",
          "SCRY_INGEST_SECRET_FILE",
          "SCRY_JAVA_OPTS");

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "scry.yaml to read (default: ./scry.yaml when present).")
  Path config;

  @Option(
      names = "--shadow",
      paramLabel = "URL",
      description = "postgres://user:password@host:port/db of the shadow (shadow.url).")
  String shadow;

  @Option(
      names = "--shadow-checkpoint",
      paramLabel = "NAME",
      description =
          "Clone this checkpoint of the shadow (scry-cluster shadow checkpoint) and replay only the"
              + " traffic committed after it (shadow.checkpoint).")
  String shadowCheckpoint;

  @Option(
      names = "--sample-pct",
      paramLabel = "P",
      description = "Percent of sessions to replay (ci.sample_pct).")
  String samplePct;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description = "Measured rounds after the warm-up (ci.rounds).")
  String rounds;

  @Option(
      names = "--min-capture-completeness",
      paramLabel = "PCT",
      description =
          "Least percentage of the forwarded statements the capture must hold; below it the gate"
              + " is a tool error (ci.min_capture_completeness, default 99.9).")
  String minCaptureCompleteness;

  @Option(
      names = "--replay-past-gaps",
      description =
          "Also replay a session's statements after a gap in its capture; by default a session is"
              + " replayed up to its first gap (ci.replay_past_gaps).")
  boolean replayPastGaps;

  @Option(
      names = "--replay-role",
      paramLabel = "ROLE",
      description =
          "Replay the traffic as this role (sent when each replay connection starts, like SET"
              + " ROLE), e.g. the application's own, so that it has production's privileges, not"
              + " those of the shadow URL's user (ci.replay_role).")
  String replayRole;

  @Option(names = "--mode", paramLabel = "MODE", description = "stress or timed (ci.mode).")
  String mode;

  @Option(
      names = "--format",
      paramLabel = "LIST",
      description = "Report formats, e.g. terminal,json,junit (report.format).")
  String format;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      description = "Directory for the report files (report.output).")
  String reportDir;

  @Option(
      names = "--no-calibrate",
      description =
          "Skip the A/A clone (ci.calibrate false): one replay less per round, no noise measurement.")
  boolean noCalibrate;

  @Option(
      names = "--no-rehearsal",
      description =
          "Skip the rehearsal of the migration under replayed traffic (ci.rehearsal.enabled false).")
  boolean noRehearsal;

  @Option(
      names = "--no-rewrite-proof",
      description =
          "After a LOCK RISK, do not rehearse the safe rewrite of the migration"
              + " (ci.rehearsal.prove_rewrites false).")
  boolean noRewriteProof;

  @Option(
      names = "--no-rehearsal-latency",
      description =
          "Do not replay the migration's window again without the migration to compare the"
              + " traffic's latency in it (ci.rehearsal.compare_latency false).")
  boolean noRehearsalLatency;

  @Option(
      names = "--no-advice-proof",
      description =
          "Do not build and replay the indexes the report suggests for a regression"
              + " (ci.prove_advice false).")
  boolean noAdviceProof;

  @Option(
      names = "--rehearsal-speed",
      paramLabel = "X",
      description =
          "Speed of the rehearsal's timed replay, 2 = twice as fast (ci.rehearsal.speed).")
  String rehearsalSpeed;

  @Option(
      names = "--rehearsal-lead",
      paramLabel = "DURATION",
      description =
          "How long the traffic replays before the rehearsal's migration, e.g. 5s (ci.rehearsal.lead).")
  String rehearsalLead;

  @Option(
      names = "--max-blocked-ms",
      paramLabel = "MS",
      description =
          "Longest a replayed statement may wait on the migration in the rehearsal"
              + " (thresholds.lock.max_blocked_ms).")
  String maxBlockedMs;

  @Option(
      names = "--max-exclusive-ms",
      paramLabel = "MS",
      description =
          "Longest the migration may hold ACCESS EXCLUSIVE on a table the traffic uses"
              + " (thresholds.lock.max_exclusive_ms).")
  String maxExclusiveMs;

  /** {@code --report-dir} as given, or empty: where a gate whose configuration failed reports. */
  public Optional<String> reportDirFlag() {
    return reportDir == null || reportDir.isBlank()
        ? Optional.empty()
        : Optional.of(reportDir.strip());
  }

  /** The file to read, or null for none. */
  public Path file() {
    return ConfigFile.resolve(config);
  }

  /** How the first line of a command names its configuration: the file, or defaults. */
  public String describeFile() {
    Path file = file();
    if (file == null) {
      return "defaults";
    }
    return config == null ? "./" + file : file.toString();
  }

  /** The settings, resolved; a bad value is a {@code ConfigException} naming its flag. */
  public ScryConfig load(Map<String, String> environment) {
    return ConfigLoader.resolve(effective(environment));
  }

  /** Every setting's value and source; a value set by a flag is credited to that flag. */
  public List<ConfigValue> effective(Map<String, String> environment) {
    return ConfigLoader.effective(file(), environment, values()).stream()
        .map(v -> v.kind() == Kind.FLAG ? v.withSource(flagOf(v.key())) : v)
        .toList();
  }

  /**
   * Prints {@code config: <file or defaults>} (and the variables that apply), then a warning for
   * every {@code SCRY_*} variable that sets nothing.
   */
  public void announce(Map<String, String> environment, PrintStream log) {
    // Named without reading the file, so that the line comes first even when the file is broken.
    List<String> variables =
        Arrays.stream(ConfigKey.values())
            .map(ConfigKey::environmentVariable)
            .filter(environment::containsKey)
            .toList();
    log.println(
        "config: "
            + describeFile()
            + (variables.isEmpty() ? "" : ", environment: " + String.join(", ", variables)));
    for (String unknown : ConfigLoader.unknownVariables(environment, OTHER_VARIABLES)) {
      log.println(
          "warning: "
              + unknown
              + " is not a setting of scry-cluster and is ignored; 'scry-cluster config show'"
              + " lists the settings and their variables");
    }
  }

  /** Where a value came from, as a user would look for it: a flag, a variable, a file's key. */
  public String origin(ConfigValue value) {
    return switch (value.kind()) {
      case FLAG, ENV -> value.source();
      case FILE -> value.key().key() + " in " + describeFile();
      case DEFAULT -> "the default of " + value.key().key();
    };
  }

  /** The values the flags set, by key; null where a flag was not given. */
  Map<String, String> values() {
    Map<String, String> flags = new LinkedHashMap<>();
    flags.put(ConfigKey.SHADOW_URL.key(), shadow);
    flags.put(ConfigKey.SHADOW_CHECKPOINT.key(), shadowCheckpoint);
    flags.put(ConfigKey.SAMPLE_PCT.key(), samplePct);
    flags.put(ConfigKey.ROUNDS.key(), rounds);
    flags.put(ConfigKey.MODE.key(), mode);
    flags.put(ConfigKey.MIN_CAPTURE_COMPLETENESS.key(), minCaptureCompleteness);
    flags.put(ConfigKey.REPLAY_PAST_GAPS.key(), replayPastGaps ? "true" : null);
    flags.put(ConfigKey.REPLAY_ROLE.key(), replayRole);
    flags.put(ConfigKey.REPORT_FORMAT.key(), format);
    flags.put(ConfigKey.REPORT_OUTPUT.key(), reportDir);
    flags.put(ConfigKey.CALIBRATE.key(), noCalibrate ? "false" : null);
    flags.put(ConfigKey.REHEARSAL_ENABLED.key(), noRehearsal ? "false" : null);
    flags.put(ConfigKey.REHEARSAL_PROVE_REWRITES.key(), noRewriteProof ? "false" : null);
    flags.put(ConfigKey.REHEARSAL_COMPARE_LATENCY.key(), noRehearsalLatency ? "false" : null);
    flags.put(ConfigKey.PROVE_ADVICE.key(), noAdviceProof ? "false" : null);
    flags.put(ConfigKey.REHEARSAL_SPEED.key(), rehearsalSpeed);
    flags.put(ConfigKey.REHEARSAL_LEAD.key(), rehearsalLead);
    flags.put(ConfigKey.LOCK_MAX_BLOCKED_MS.key(), maxBlockedMs);
    flags.put(ConfigKey.LOCK_MAX_EXCLUSIVE_MS.key(), maxExclusiveMs);
    return flags;
  }

  /** The flag that sets a key, or empty when none does. */
  public static String flagOf(ConfigKey key) {
    return switch (key) {
      case SHADOW_URL -> "--shadow";
      case SHADOW_CHECKPOINT -> "--shadow-checkpoint";
      case SAMPLE_PCT -> "--sample-pct";
      case ROUNDS -> "--rounds";
      case MODE -> "--mode";
      case MIN_CAPTURE_COMPLETENESS -> "--min-capture-completeness";
      case REPLAY_PAST_GAPS -> "--replay-past-gaps";
      case REPLAY_ROLE -> "--replay-role";
      case REPORT_FORMAT -> "--format";
      case REPORT_OUTPUT -> "--report-dir";
      case CALIBRATE -> "--no-calibrate";
      case REHEARSAL_ENABLED -> "--no-rehearsal";
      case REHEARSAL_PROVE_REWRITES -> "--no-rewrite-proof";
      case REHEARSAL_COMPARE_LATENCY -> "--no-rehearsal-latency";
      case PROVE_ADVICE -> "--no-advice-proof";
      case REHEARSAL_SPEED -> "--rehearsal-speed";
      case REHEARSAL_LEAD -> "--rehearsal-lead";
      case LOCK_MAX_BLOCKED_MS -> "--max-blocked-ms";
      case LOCK_MAX_EXCLUSIVE_MS -> "--max-exclusive-ms";
      case SHADOW_MIGRATION_CMD -> "-- COMMAND";
      default -> "";
    };
  }
}
