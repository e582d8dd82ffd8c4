package io.scry.cli.ci;

import io.scry.cli.ScryCli;
import io.scry.cli.config.DatabaseUrls;
import io.scry.cli.config.SettingFlags;
import io.scry.cli.console.LogStream;
import io.scry.cli.console.QuietLogs;
import io.scry.cli.console.Verbose;
import io.scry.cli.failure.FailureReport;
import io.scry.cli.failure.Failures;
import io.scry.cli.failure.UserFailure;
import io.scry.cli.jobs.JobApi;
import io.scry.cli.jobs.ProgressDisplay;
import io.scry.cli.security.TokenOptions;
import io.scry.coordinator.config.ConfigKey;
import io.scry.coordinator.config.ConfigValue;
import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.config.ScryConfig;
import io.scry.coordinator.migration.MigrationCheck;
import io.scry.coordinator.migration.MigrationProcess;
import io.scry.coordinator.migration.ReplayBackend;
import io.scry.coordinator.migration.ReplayPlan;
import io.scry.coordinator.plan.EventSelection;
import io.scry.coordinator.plan.ReplayTimeout;
import io.scry.coordinator.report.Durations;
import io.scry.coordinator.report.ReportWriter;
import io.scry.coordinator.report.VerdictReport;
import io.scry.coordinator.shadow.CheckpointAlignment;
import io.scry.coordinator.shadow.ShadowCheckpoint;
import io.scry.protocol.replay.ReplayMode;
import io.scry.protocol.segment.CaptureSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
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
  /** The least time between two progress lines of one replay when the output is not a terminal. */
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

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
      names = "--coordinator",
      paramLabel = "URL",
      description =
          "Replay on a running coordinator (e.g. http://coordinator:8080) that holds the named"
              + " capture; its workers must reach the shadow's host.")
  String coordinator;

  @Mixin TokenOptions tokens;

  @Mixin SettingFlags settings;

  /** The settings once resolved, for the reports of a failure. */
  private ScryConfig resolved;

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
      names = "--force-production-target",
      description = {
        "Replay even when a clone's server and database are those the capture was taken from",
        "(refused by default: the replay would run production's statements on production)."
      })
  boolean forceProductionTarget;

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
    boolean verbose = Verbose.of(spec);
    PrintStream log = LogStream.onto(spec.commandLine().getOut());
    try (QuietLogs quiet = QuietLogs.apply(verbose)) {
      return check(log);
    } catch (RuntimeException e) {
      UserFailure failure = Failures.explain(e);
      GateErrorReports.write(failure, resolved, settings, log);
      FailureReport.print(spec.commandLine().getErr(), failure, verbose);
      return ScryCli.EXIT_TOOL_ERROR;
    }
  }

  /**
   * Everything cheap first (settings, the migration command, the capture, the shadow, the
   * coordinator), so that a mistake fails in seconds, before any clone or migration.
   */
  private int check(PrintStream log) {
    Map<String, String> environment = System.getenv();
    settings.announce(environment, log);
    List<ConfigValue> values = settings.effective(environment);
    ScryConfig config = settings.load(environment);
    resolved = config;
    ConfigValue shadowValue = value(values, ConfigKey.SHADOW_URL);
    if (config.shadowUrl().isBlank()) {
      throw new UserFailure(
          "no shadow database: pass --shadow URL or set shadow.url (SCRY_SHADOW_URL)",
          "name the shadow, e.g. --shadow postgres://user:password@host:5432/shadow");
    }
    String shadowOrigin = settings.origin(shadowValue);
    DatabaseUrl shadowUrl = DatabaseUrls.parse(config.shadowUrl(), "shadow", shadowOrigin);
    if (workers < 1) {
      throw new UserFailure(
          "--workers must be at least 1, got " + workers, "give --workers 1 or more");
    }
    List<String> command =
        !migrationCommand.isEmpty()
            ? migrationCommand
            : config.migrationCommand().isBlank() ? List.of() : List.of(config.migrationCommand());
    MigrationCommandCheck.check(
        command,
        migrationCommand.isEmpty()
            ? settings.origin(value(values, ConfigKey.SHADOW_MIGRATION_CMD))
            : "after --");
    MigrationProcess process =
        new MigrationProcess(
            command,
            timeoutSeconds == null ? ReplayTimeout.MINIMUM : Duration.ofSeconds(timeoutSeconds),
            log);
    // The capture's span bounds each replay; a capture on the coordinator is not read here.
    Duration replayTimeout =
        timeoutSeconds != null ? Duration.ofSeconds(timeoutSeconds) : ReplayTimeout.MINIMUM;
    CaptureSummary summary = null;
    long perReplay = 0;
    if (coordinator == null) {
      summary =
          CaptureCheck.check(CaptureCheck.directory(capture), config.minCaptureCompleteness(), log);
      perReplay = selectedStatements(config, summary, values);
      if (timeoutSeconds == null) {
        replayTimeout = ReplayTimeout.forCapture(summary.span(), perReplay);
      }
    }
    ShadowCheck.check(shadowUrl, shadowOrigin);
    if (!config.replayRole().isEmpty()) {
      ShadowCheck.checkReplayRole(
          shadowUrl, config.replayRole(), settings.origin(value(values, ConfigKey.REPLAY_ROLE)));
    }
    ShadowCheckpoint checkpoint =
        config.shadowCheckpoint().isBlank()
            ? null
            : CheckpointCheck.find(
                shadowUrl,
                shadowOrigin,
                config.shadowCheckpoint(),
                settings.origin(value(values, ConfigKey.SHADOW_CHECKPOINT)),
                summary,
                log);
    // A checkpoint is cloned instead of the live shadow: it does not change under the gate.
    DatabaseUrl cloned =
        checkpoint == null ? shadowUrl : shadowUrl.withDatabase(checkpoint.database());
    JobApi remote =
        coordinator == null
            ? null
            : CoordinatorCheck.reachable(new JobApi(coordinator, tokens.token()));
    MigrationCheck.Settings check =
        new MigrationCheck.Settings(
            cloned,
            config.thresholds(),
            config.rounds(),
            config.calibrate(),
            keep,
            capture,
            config.mode(),
            config.samplePct(),
            Duration.ofSeconds(10),
            config.rehearsal(),
            config.lockThresholds(),
            config.proveAdvice());
    long statements = perReplay;
    printPlan(config, summary, statements, log);
    PrintWriter out = spec.commandLine().getOut();
    boolean terminal = System.console() != null;
    Function<String, ReplayBackend> backend =
        backend(
            remote,
            replayJob(config, summary, checkpoint),
            shadowUrl,
            replayTimeout,
            log,
            () ->
                ProgressDisplay.ofReplay(
                    out, terminal, statements, PROGRESS_EVERY, System::nanoTime));
    VerdictReport report =
        new MigrationCheck(check, backend, new ProxiedMigration(process), log).run();
    List<Path> files;
    try {
      files =
          ReportWriter.write(
              report,
              config.reportFormats(),
              config.reportOutput(),
              spec.commandLine().getOut(),
              System.console() != null);
    } catch (IOException e) {
      throw new UserFailure(
          "cannot write the reports to "
              + config.reportOutput()
              + " ("
              + settings.origin(value(values, ConfigKey.REPORT_OUTPUT))
              + "): "
              + e.getMessage(),
          "choose a directory this user can write with --report-dir",
          "",
          e);
    }
    files.forEach(f -> log.println("scry: wrote " + f));
    return report.verdict().exitCode();
  }

  /**
   * The statements each replay runs: the capture's, or those its sample and window select, which
   * must not be none.
   */
  private long selectedStatements(
      ScryConfig config, CaptureSummary summary, List<ConfigValue> values) {
    Duration window = config.captureWindow();
    if (config.samplePct() >= 100 && window == null) {
      return summary.statements();
    }
    long from = window == null ? Long.MIN_VALUE : summary.lastEndUnixNanos() - window.toNanos();
    long selected =
        CaptureCheck.selected(
            Path.of(capture), new EventSelection(from, Long.MAX_VALUE, config.samplePct()));
    if (selected > 0) {
      return selected;
    }
    ConfigValue sample = value(values, ConfigKey.SAMPLE_PCT);
    ConfigValue windowValue = value(values, ConfigKey.CAPTURE_WINDOW);
    throw new UserFailure(
        String.format(
            Locale.ROOT,
            "ci.sample_pct %s (%s)%s no statement of the capture %s, which holds %,d"
                + " statements in %,d sessions",
            CaptureCheck.trim(config.samplePct()),
            settings.origin(sample),
            window == null
                ? " selects"
                : " and capture.window "
                    + windowValue.value()
                    + " ("
                    + settings.origin(windowValue)
                    + ") select",
            capture,
            summary.statements(),
            summary.sessions()),
        "raise ci.sample_pct (a sample takes whole sessions), or widen capture.window");
  }

  /** What the gate is about to do, as it starts: the replays and, in timed mode, their length. */
  private static void printPlan(
      ScryConfig config, CaptureSummary summary, long perReplay, PrintStream log) {
    ReplayPlan plan = new ReplayPlan(config.rounds(), config.calibrate());
    StringBuilder line = new StringBuilder("scry: plan: ");
    if (config.rehearsal().enabled()) {
      line.append("the rehearsal under traffic, then ");
    }
    line.append(
        String.format(
            Locale.ROOT,
            "a warm-up round and %d measured round%s: %d replays",
            config.rounds(),
            config.rounds() == 1 ? "" : "s",
            plan.total()));
    if (perReplay > 0) {
      line.append(String.format(Locale.ROOT, " of %,d statements", perReplay));
    }
    if (summary != null && config.mode() == ReplayMode.TIMED) {
      line.append(
          "; in timed mode each takes about the capture's "
              + Durations.compact(Math.max(1, summary.span().toSeconds())));
    } else {
      line.append("; the estimate of the time left follows the first replay");
    }
    log.println(line);
  }

  private static ConfigValue value(List<ConfigValue> values, ConfigKey key) {
    return values.stream().filter(v -> v.key() == key).findFirst().orElseThrow();
  }

  /**
   * Where the replays run: on the coordinator of {@code --coordinator}, or on a cluster embedded in
   * this process, started while the check clones and migrates. Either way through the job API.
   */
  private Function<String, ReplayBackend> backend(
      JobApi remote,
      Map<String, Object> job,
      DatabaseUrl shadowUrl,
      Duration timeout,
      PrintStream log,
      Supplier<ProgressDisplay> progress) {
    if (remote != null) {
      log.println("scry: replaying on the coordinator at " + coordinator);
      return prefix -> new ClusterReplayBackend(remote, job, timeout, null, progress);
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
      return new ClusterReplayBackend(embedded.api(), job, timeout, embedded, progress);
    };
  }

  /**
   * The job fields of every replay: each sets its own target and rounds. A local capture is named
   * by its absolute path and its window is cut exactly from its last event; a capture held by the
   * coordinator is windowed in whole minutes.
   */
  private Map<String, Object> replayJob(
      ScryConfig config, CaptureSummary local, ShadowCheckpoint checkpoint) {
    Map<String, Object> job = new HashMap<>();
    job.put("mode", config.mode().label());
    job.put("samplePct", config.samplePct());
    job.put("forceProductionTarget", forceProductionTarget);
    job.put("replayPastGaps", config.replayPastGaps());
    if (!config.replayRole().isEmpty()) {
      job.put("replayRole", config.replayRole());
    }
    if (checkpoint != null) {
      job.put("afterCheckpointUnixNanos", CheckpointAlignment.replayAfterUnixNanos(checkpoint));
    }
    Duration window = config.captureWindow();
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
}
