package io.scry.cli.ci;

import io.scry.cli.ScryCli;
import io.scry.cli.config.ConfigFile;
import io.scry.cli.jobs.JobApi;
import io.scry.cli.security.TokenOptions;
import io.scry.coordinator.config.ConfigException;
import io.scry.coordinator.config.ConfigLoader;
import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.config.ScryConfig;
import io.scry.coordinator.migration.MigrationCheck;
import io.scry.coordinator.migration.MigrationCheckException;
import io.scry.coordinator.migration.MigrationProcess;
import io.scry.coordinator.migration.ReplayBackend;
import io.scry.coordinator.migration.ReplayTimeout;
import io.scry.coordinator.report.ReportWriter;
import io.scry.coordinator.report.VerdictReport;
import io.scry.protocol.segment.CaptureSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster ci test-migration CAPTURE --shadow URL -- MIGRATION COMMAND...}: the CI gate.
 * Exit 0 safe, 5 regression, 1 tool error (its one-line reason first on stderr, details after).
 */
@Command(
    name = "test-migration",
    mixinStandardHelpOptions = true,
    description = {
      "Replay a capture against a clone of the shadow before and after a migration and judge it.",
      "Exit codes: 0 safe, 5 regression, 1 tool error."
    })
public final class TestMigrationCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "CAPTURE",
      description = "A directory of capture segment files, or a capture name (with --coordinator).")
  String capture;

  @Parameters(
      index = "1..*",
      paramLabel = "MIGRATION",
      description =
          "The migration command, after --; default: shadow.migration_cmd from scry.yaml.")
  List<String> migrationCommand = List.of();

  @Option(
      names = "--shadow",
      paramLabel = "URL",
      description = "postgres://user:password@host:port/db of the shadow (shadow.url).")
  String shadow;

  @Option(
      names = "--coordinator",
      paramLabel = "URL",
      description =
          "Replay on a running coordinator (e.g. http://coordinator:8080) that holds the named"
              + " capture; its workers must reach the shadow's host.")
  String coordinator;

  @Mixin TokenOptions tokens;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "scry.yaml to read (default: ./scry.yaml when present).")
  Path config;

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
      names = "--workers",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Workers of the cluster embedded in this process when there is no --coordinator"
              + " (default: ${DEFAULT-VALUE}).")
  int workers;

  /** Every replay runs on a cluster now; the flag that asked for one is accepted and ignored. */
  @Option(names = "--cluster", hidden = true)
  boolean cluster;

  @Option(
      names = "--no-rehearsal",
      description =
          "Skip the rehearsal of the migration under replayed traffic (ci.rehearsal.enabled false).")
  boolean noRehearsal;

  @Option(
      names = "--force-production-target",
      description = {
        "Replay even when a clone's server and database are those the capture was taken from",
        "(refused by default: the replay would run production's statements on production)."
      })
  boolean forceProductionTarget;

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

  @Option(names = "--keep", description = "Keep the cloned databases instead of dropping them.")
  boolean keep;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description =
          "Give up on the migration command or one replay after this long (default: 1800 for the"
              + " migration; for a replay 3x the capture's span + 10 min, at least 1800).")
  Long timeoutSeconds;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return check();
    } catch (ConfigException e) {
      return toolError(err, e.getMessage(), "");
    } catch (MigrationCheckException e) {
      return toolError(err, e.getMessage(), e.details());
    } catch (IOException e) {
      return toolError(err, "cannot write the report: " + e.getMessage(), "");
    }
  }

  private int check() throws IOException {
    ScryConfig settings = ConfigLoader.load(ConfigFile.resolve(config), System.getenv(), flags());
    if (settings.shadowUrl().isBlank()) {
      throw new ConfigException(
          "no shadow database: pass --shadow URL or set shadow.url (SCRY_SHADOW_URL)");
    }
    DatabaseUrl shadowUrl = DatabaseUrl.parse(settings.shadowUrl());
    List<String> command =
        !migrationCommand.isEmpty()
            ? migrationCommand
            : settings.migrationCommand().isBlank()
                ? List.of()
                : List.of(settings.migrationCommand());
    PrintStream log = System.err;
    MigrationProcess process =
        new MigrationProcess(
            command,
            timeoutSeconds == null ? ReplayTimeout.MINIMUM : Duration.ofSeconds(timeoutSeconds),
            log);
    if (workers < 1) {
      throw new ConfigException("--workers must be at least 1, got " + workers);
    }
    Path captureDir = Path.of(capture);
    // The capture's span bounds each replay; a capture on the coordinator is not read here.
    Duration replayTimeout =
        timeoutSeconds != null ? Duration.ofSeconds(timeoutSeconds) : ReplayTimeout.MINIMUM;
    CaptureSummary summary = null;
    if (coordinator == null) {
      if (!Files.isDirectory(captureDir)) {
        throw new MigrationCheckException(
            "capture "
                + capture
                + " is not a directory of segment files (a capture name needs --coordinator)",
            "");
      }
      summary = CaptureCheck.check(captureDir, settings.minCaptureCompleteness(), log);
      if (timeoutSeconds == null) {
        replayTimeout = ReplayTimeout.forCapture(summary.span());
      }
    }
    MigrationCheck.Settings check =
        new MigrationCheck.Settings(
            shadowUrl,
            settings.thresholds(),
            settings.rounds(),
            settings.calibrate(),
            keep,
            capture,
            settings.mode(),
            settings.samplePct(),
            Duration.ofSeconds(10),
            settings.rehearsal(),
            settings.lockThresholds());
    Function<String, ReplayBackend> backend =
        backend(replayJob(settings, summary), shadowUrl, replayTimeout);
    VerdictReport report =
        new MigrationCheck(check, backend, new ProxiedMigration(process), log).run();
    List<Path> files =
        ReportWriter.write(
            report,
            settings.reportFormats(),
            settings.reportOutput(),
            spec.commandLine().getOut(),
            System.console() != null);
    files.forEach(f -> log.println("scry: wrote " + f));
    return report.verdict().exitCode();
  }

  /**
   * Where the replays run: on the coordinator of {@code --coordinator}, or on a cluster embedded in
   * this process, started while the check clones and migrates. Either way through the job API.
   */
  private Function<String, ReplayBackend> backend(
      Map<String, Object> job, DatabaseUrl shadowUrl, Duration timeout) {
    PrintStream log = System.err;
    if (coordinator != null) {
      log.println("scry: replaying on the coordinator at " + coordinator);
      JobApi api = new JobApi(coordinator, tokens.token());
      return prefix -> new ClusterReplayBackend(api, job, timeout, null);
    }
    log.printf(
        Locale.ROOT,
        "scry: replaying on a cluster embedded in this process: a coordinator and %d worker%s%n",
        workers,
        workers == 1 ? "" : "s");
    return prefix -> {
      long start = System.nanoTime();
      EmbeddedCluster embedded = EmbeddedCluster.start(shadowUrl, workers, prefix + "_control");
      log.printf(
          Locale.ROOT, "scry: cluster up in %d ms%n", (System.nanoTime() - start) / 1_000_000);
      return new ClusterReplayBackend(embedded.api(), job, timeout, embedded);
    };
  }

  /**
   * The job fields of every replay: each sets its own target and rounds. A local capture is named
   * by its absolute path and its window is cut exactly from its last event; a capture held by the
   * coordinator is windowed in whole minutes.
   */
  private Map<String, Object> replayJob(ScryConfig settings, CaptureSummary local) {
    Map<String, Object> job = new HashMap<>();
    job.put("mode", settings.mode().label());
    job.put("samplePct", settings.samplePct());
    job.put("forceProductionTarget", forceProductionTarget);
    Duration window = settings.captureWindow();
    if (local == null) {
      job.put("capture", capture);
      if (window != null) {
        job.put("lastMinutes", (int) Math.max(1, Math.ceil(window.toSeconds() / 60.0)));
      }
    } else {
      job.put("capture", Path.of(capture).toAbsolutePath().toString());
      if (window != null) {
        job.put("fromUnixNanos", local.lastEndUnixNanos() - window.toNanos());
      }
    }
    return job;
  }

  private Map<String, String> flags() {
    Map<String, String> flags = new HashMap<>();
    flags.put("shadow.url", shadow);
    flags.put("ci.sample_pct", samplePct);
    flags.put("ci.rounds", rounds);
    flags.put("ci.mode", mode);
    flags.put("ci.min_capture_completeness", minCaptureCompleteness);
    flags.put("report.format", format);
    flags.put("report.output", reportDir);
    flags.put("ci.calibrate", noCalibrate ? "false" : null);
    flags.put("ci.rehearsal.enabled", noRehearsal ? "false" : null);
    flags.put("ci.rehearsal.speed", rehearsalSpeed);
    flags.put("ci.rehearsal.lead", rehearsalLead);
    flags.put("thresholds.lock.max_blocked_ms", maxBlockedMs);
    flags.put("thresholds.lock.max_exclusive_ms", maxExclusiveMs);
    return flags;
  }

  private static int toolError(PrintWriter err, String reason, String details) {
    err.println("error: " + reason);
    if (details != null && !details.isBlank()) {
      err.println(details.strip());
    }
    err.flush();
    return ScryCli.EXIT_TOOL_ERROR;
  }
}
