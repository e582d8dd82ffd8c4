package io.scry.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.scry.cli.ScryCli;
import io.scry.cli.console.QuietLogs;
import io.scry.cli.console.Verbose;
import io.scry.cli.failure.FailureReport;
import io.scry.cli.failure.UserFailure;
import io.scry.coordinator.shadow.ShadowCheckpoint;
import io.scry.fixtures.db.DatabaseTarget;
import io.scry.fixtures.db.LocalPostgres;
import io.scry.fixtures.orders.FixtureOptions;
import io.scry.fixtures.orders.OrdersFixture;
import io.scry.fixtures.scenario.FixPlacement;
import io.scry.fixtures.scenario.RehearsalExpectation.Finding;
import io.scry.fixtures.scenario.Scenario;
import io.scry.fixtures.scenario.ScenarioCatalog;
import io.scry.fixtures.scenario.ScenarioPhase;
import io.scry.fixtures.scenario.ScriptRunner;
import io.scry.fixtures.workload.Workload;
import io.scry.fixtures.workload.WorkloadOptions;
import io.scry.fixtures.workload.WorkloadReport;
import io.scry.proxy.ProxyConfig;
import io.scry.proxy.ProxyServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster demo}: the whole story on this machine with nothing installed but Java. A
 * "production" PostgreSQL ({@code wal_level=logical}) is loaded with orders, and a "shadow" built
 * from it by {@code shadow init} (logical replication: initial copy, then streaming); a checkpoint
 * of the shadow is taken and traffic through the capturing proxy recorded; the CI gate then replays
 * it on clones of the checkpoint before and after the scenario's migration, rehearses the migration
 * under that traffic, and judges the release with the fix the same way; {@code shadow drop} leaves
 * nothing on production. Exit 0 when every verdict is the one the scenario expects, 1 with the
 * reason otherwise.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Play a migration story end to end on embedded PostgreSQL servers:"
          + " capture, replay, regression, fix, pass (by default the lost index; --list shows"
          + " them all).",
      "Exit codes: 0 the story played out as expected, 1 it did not (the reason is printed)."
    },
    subcommands = ApplySqlCommand.class)
public final class DemoCommand implements Callable<Integer> {

  /** Sessions of the captured workload: several, but few enough for two cores to replay quietly. */
  private static final int SESSIONS = 2;

  /**
   * How long the rehearsal's traffic replays before the migration starts. The gate's default (5 s)
   * would cost each gate run 4.5 s more; the migration command's JVM takes most of another second
   * before its first statement, so the replay's sessions are connected and busy when its locks
   * come.
   */
  private static final String REHEARSAL_LEAD = "500ms";

  /**
   * How long the rehearsal's traffic should last. The demo's capture is a burst of a couple of
   * seconds of back-to-back statements, shorter than the lead, the migration (a fresh JVM, then its
   * statements; several seconds on a busy machine) and the second of catch-up together; the
   * rehearsal replays it slowed down to last this long, so that no part of the migration runs
   * without traffic. It costs no time: the rehearsal cancels the replay a second after the
   * migration. Slowed down, each session still sends a statement every few dozen milliseconds.
   */
  private static final Duration REHEARSAL_TRAFFIC = Duration.ofSeconds(10);

  /** The story the demo tells unless asked for another. */
  private static final String DEFAULT_SCENARIO = "missing-index-region";

  private static final String STORY_FAILED =
      "a busy machine can slow a story beyond what it expects: run it again, with --verbose for"
          + " the servers' logs";

  /** The database of both servers. */
  static final String DATABASE = "shop";

  /**
   * Both servers are thrown away at the end, so neither flushes its files to disk: the story clones
   * and drops a database for each of its dozen replays, and every drop makes PostgreSQL checkpoint.
   * What the story measures (plans, scans, locks) is work in memory either way.
   */
  private static final Map<String, String> THROWAWAY = Map.of("fsync", "off");

  /** Production publishes its tables to the shadow by logical replication. */
  private static final Map<String, String> PRODUCTION =
      Map.of("fsync", "off", "wal_level", "logical");

  @Spec CommandSpec spec;

  @Option(
      names = "--keep",
      description = "Leave the servers running at the end and wait for Ctrl-C.")
  boolean keep;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      defaultValue = "scry-demo-report",
      description =
          "Where the gate's reports are kept after the demo, one directory per verdict, HTML"
              + " included (default: ${DEFAULT-VALUE}).")
  Path reportDir;

  @Option(
      names = "--rows",
      paramLabel = "N",
      description =
          "Orders to load (default: 40000; 25000 in a lock story, whose validating scan is scaled"
              + " to last 1.2 s whatever the orders); the lost index costs more the bigger the"
              + " table.")
  Long rows;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "Seed of the data and the workload (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--list",
      description = "List the scenarios the demo plays, with their expected verdicts, and exit.")
  boolean list;

  @Option(
      names = "--scenario",
      paramLabel = "NAME",
      defaultValue = DEFAULT_SCENARIO,
      description = "The migration scenario to play (default: ${DEFAULT-VALUE}; see --list).")
  String scenarioName;

  @Option(
      names = "--statements",
      paramLabel = "N",
      description =
          "Statements the captured workload issues (default: 1200; 800 in a lock story, whose"
              + " verdict is the rehearsal's).")
  Long statements;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description =
          "Measured replay rounds per side when judging the migration (default: 2; 1 in a lock"
              + " story); the re-validation with the fix takes the default.")
  Integer rounds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (list) {
      ScenarioList.print(out, DEFAULT_SCENARIO);
      return ScryCli.EXIT_OK;
    }
    Scenario scenario;
    StorySize size;
    try {
      scenario = ScenarioCatalog.named(scenarioName);
      Optional<String> unplayable = ScenarioList.whyUnplayable(scenario);
      if (unplayable.isPresent()) {
        throw new IllegalArgumentException(
            "scenario '" + scenario.name() + "' cannot be played here: " + unplayable.get());
      }
      size = StorySize.of(scenario, rows, statements, rounds);
    } catch (IllegalArgumentException e) {
      return fail(
          err,
          e.getMessage(),
          "'scry-cluster demo --help' lists the options and --list the scenarios");
    }
    Narrator narrator = new Narrator(out, scenario.hasFix() ? 5 : 4);
    try (QuietLogs quiet = QuietLogs.apply(Verbose.of(spec));
        DemoEnvironment environment = new DemoEnvironment()) {
      new Story(scenario, size, narrator, environment).play();
      out.printf(
          Locale.ROOT, "%nThe story played out as expected in %.1f s.%n", narrator.totalSeconds());
      DemoReports.printWhere(out, reportDir);
      if (keep) {
        waitForInterrupt(out, environment);
      }
      return ScryCli.EXIT_OK;
    } catch (DemoFailure e) {
      return fail(err, "the demo did not play out: " + e.getMessage(), STORY_FAILED);
    } catch (Exception e) {
      return fail(
          err,
          "the demo did not play out: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
          STORY_FAILED);
    }
  }

  private int fail(PrintWriter err, String reason, String remedy) {
    FailureReport.print(err, new UserFailure(reason, remedy), Verbose.of(spec));
    return ScryCli.EXIT_TOOL_ERROR;
  }

  private static void waitForInterrupt(PrintWriter out, DemoEnvironment environment)
      throws InterruptedException {
    environment.printConnections(out);
    out.println("The servers keep running; press Ctrl-C to stop them and delete their data.");
    out.flush();
    new CountDownLatch(1).await();
  }

  /** A step's outcome differs from the one the story needs. */
  static final class DemoFailure extends RuntimeException {
    DemoFailure(String reason) {
      super(reason);
    }
  }

  /** The steps, in order, on one environment. */
  private final class Story {
    private final Scenario scenario;
    private final StorySize size;
    private final Narrator narrator;
    private final DemoEnvironment environment;
    private final Instant asOf = Instant.now().truncatedTo(ChronoUnit.DAYS);
    private Duration captured = Duration.ZERO;

    Story(Scenario scenario, StorySize size, Narrator narrator, DemoEnvironment environment) {
      this.scenario = scenario;
      this.size = size;
      this.narrator = narrator;
      this.environment = environment;
    }

    void play() throws Exception {
      narrator.step(
          "Starting two embedded PostgreSQL servers: production (wal_level=logical) and shadow");
      List<LocalPostgres> servers = startServers();
      LocalPostgres production = servers.get(0);
      LocalPostgres shadow = servers.get(1);
      environment.production(production);
      environment.shadow(shadow);
      narrator.done(
          "production on 127.0.0.1:"
              + production.port()
              + ", shadow on 127.0.0.1:"
              + shadow.port());

      narrator.step(
          String.format(
              Locale.ROOT,
              "Loading %,d orders (seed %d) and the production schema of '%s' into production;"
                  + " shadow init builds the shadow from it",
              size.rows(),
              seed,
              scenario.name()));
      loadInto(production, new FixtureOptions(size.rows(), seed, asOf));
      narrator.say("production holds the orders");
      shadow.createDatabase(DATABASE);
      DemoShadow replica =
          environment.ownBeforeServers(
              DemoShadow.init(production, shadow, DATABASE, line -> narrator.say("%s", line)));
      narrator.done("the shadow holds production's data and follows its changes");

      Path capture = captureTraffic(production, replica);

      Map<ScenarioPhase, Path> scripts =
          scenario.writeScripts(environment.directory().resolve("sql"));
      narrator.step(
          "CI gate: replaying the capture on the shadow before and after the migration"
              + (scenario.rehearsal().skippedBecause().isPresent()
                  ? ""
                  : ", and rehearsing the migration under it"));
      narrator.say("migration: %s", summary(scenario.sql(ScenarioPhase.MIGRATION).orElseThrow()));
      scenario
          .rehearsal()
          .skippedBecause()
          .ifPresent(why -> narrator.say("no rehearsal under traffic (--no-rehearsal): %s", why));
      GateRun first =
          gate(
              capture,
              shadow,
              "migration",
              List.of(scripts.get(ScenarioPhase.MIGRATION)),
              size.rounds(),
              true);
      expect(first, scenario.expected().name(), "the migration");
      expectRehearsalFinding(first);
      explain(first);
      requireReportShows(first);
      narrator.done("verdict " + first.verdict() + " (exit " + first.exitCode() + "), as expected");

      if (scenario.hasFix()) {
        boolean instead = scenario.fixPlacement() == FixPlacement.INSTEAD_OF_MIGRATION;
        narrator.step(
            instead
                ? "Re-validating with the fix instead of the migration, on fresh clones"
                : "Applying the fix and re-validating: migration + fix on fresh clones");
        narrator.say("fix: %s", summary(scenario.sql(ScenarioPhase.FIX).orElseThrow()));
        GateRun second =
            gate(
                capture,
                shadow,
                "fixed",
                scenario.fixedRelease().stream().map(scripts::get).toList(),
                size.fixRounds(),
                false);
        expect(
            second,
            scenario.expectedAfterFix().orElseThrow().name(),
            instead ? "the fix" : "the migration with its fix");
        narrator.done(
            "verdict " + second.verdict() + " (exit " + second.exitCode() + "), as expected");
      }
      if (!keep) {
        environment.release(replica);
        narrator.say(
            "shadow drop: subscription, slot and publication dropped; nothing of the shadow is"
                + " left on production");
      }
    }

    private List<LocalPostgres> startServers() {
      CompletableFuture<LocalPostgres> production =
          CompletableFuture.supplyAsync(() -> startServer(PRODUCTION));
      CompletableFuture<LocalPostgres> shadow =
          CompletableFuture.supplyAsync(() -> startServer(THROWAWAY));
      return List.of(join(production), join(shadow));
    }

    private LocalPostgres startServer(Map<String, String> config) {
      try {
        return environment.own(LocalPostgres.start(config));
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    }

    /** The orders and the scenario's setup; shadow init copies both, schema and rows. */
    private void loadInto(LocalPostgres server, FixtureOptions options) throws Exception {
      DatabaseTarget db = server.createDatabase(DATABASE);
      OrdersFixture.load(db, options);
      if (scenario.sql(ScenarioPhase.SETUP).isPresent()) {
        ScriptRunner.run(db, scenario.sql(ScenarioPhase.SETUP).get());
      }
    }

    private Path captureTraffic(LocalPostgres production, DemoShadow replica) throws Exception {
      Path capture = environment.directory().resolve("capture");
      narrator.step("Capturing production traffic through the proxy");
      // Taken just before the traffic: the checkpoint holds none of it, and misses none of what
      // came before it (docs/SHADOW.md, "Aligning a capture with a checkpoint").
      ShadowCheckpoint checkpoint = replica.checkpoint();
      narrator.say(
          "shadow checkpoint %s: %s at production's LSN %s, for the gate to clone",
          checkpoint.name(), checkpoint.database(), checkpoint.sourceLsn());
      ProxyServer proxy =
          environment.own(
              ProxyServer.start(
                  ProxyConfig.builder()
                      .listen("127.0.0.1", 0)
                      .upstream("127.0.0.1", production.port())
                      .captureDir(capture)
                      .proxyId("demo-proxy")
                      .build()));
      DatabaseTarget throughProxy =
          new DatabaseTarget(
              "jdbc:postgresql://127.0.0.1:"
                  + proxy.localAddress().getPort()
                  + "/"
                  + DATABASE
                  + "?sslmode=disable",
              LocalPostgres.USER,
              LocalPostgres.PASSWORD);
      WorkloadOptions options =
          WorkloadOptions.builder(throughProxy)
              .sessions(SESSIONS)
              .statements(size.statements())
              .seed(seed)
              .regionAware(scenario.regionAware())
              .asOf(asOf)
              .build();
      narrator.say(
          "proxy on 127.0.0.1:%d -> production; %d sessions, %,d statements, %s protocol%s",
          proxy.localAddress().getPort(),
          SESSIONS,
          size.statements(),
          protocolsOf(options),
          scenario.regionAware() ? ", with the region filters" : "");
      // The workload's own look at the data goes straight to production: the capture holds the
      // application's statements only.
      WorkloadReport report = Workload.run(options, production.target(DATABASE));
      environment.release(proxy);
      captured = report.elapsed();
      if (report.failed() > 0) {
        throw new DemoFailure(
            report.failed()
                + " statements of the captured workload failed on production:\n"
                + report.table());
      }
      narrator.done(
          String.format(
              Locale.ROOT,
              "%,d statements in %.1f s (%.0f/s), capture sealed",
              report.executed(),
              report.elapsed().toMillis() / 1000.0,
              report.statementsPerSecond()));
      return capture;
    }

    /**
     * One gate run. The fixed release's run does not compare the traffic's latency during the
     * migration with a replay without it ({@code compareLatency} false): its verdict comes from the
     * lock limits and the measured rounds, the comparison is information and costs a second replay
     * as long as the rehearsal's traffic; the story shows it once, where the migration blocks the
     * traffic.
     */
    private GateRun gate(
        Path capture,
        LocalPostgres shadow,
        String name,
        List<Path> sqlFiles,
        int rounds,
        boolean compareLatency)
        throws Exception {
      List<String> command = migrationCommand(sqlFiles);
      narrator.say("command: %s", String.join(" ", abbreviated(command)));
      List<String> options =
          new ArrayList<>(
              List.of(
                  capture.toString(),
                  "--shadow",
                  "postgres://"
                      + LocalPostgres.USER
                      + ":"
                      + LocalPostgres.PASSWORD
                      + "@127.0.0.1:"
                      + shadow.port()
                      + "/"
                      + DATABASE,
                  "--config",
                  environment.gateConfig().toString(),
                  "--rounds",
                  Integer.toString(rounds),
                  "--shadow-checkpoint",
                  DemoShadow.CHECKPOINT,
                  "--timeout",
                  "300"));
      options.addAll(rehearsalOptions(compareLatency));
      GateRun run = GateRun.run(options, command, DemoReports.fresh(reportDir, name));
      PrintWriter out = spec.commandLine().getOut();
      out.println();
      run.terminal().lines().forEach(line -> out.println("      " + line));
      out.flush();
      run.report()
          .ifPresent(
              report ->
                  narrator.say(
                      "replayed on clones of shadow checkpoint %s: %d of the capture's statements"
                          + " were in it already",
                      DemoShadow.CHECKPOINT, report.at("/run/statements_in_checkpoint").asLong()));
      return run;
    }

    /** The rehearsal under traffic as the demo runs it, or none when the scenario says why. */
    private List<String> rehearsalOptions(boolean compareLatency) {
      if (scenario.rehearsal().skippedBecause().isPresent()) {
        return List.of("--no-rehearsal");
      }
      double speed =
          Math.max(
              0.01, Math.min(1.0, captured.toMillis() / (double) REHEARSAL_TRAFFIC.toMillis()));
      List<String> options =
          new ArrayList<>(
              List.of(
                  "--rehearsal-lead",
                  REHEARSAL_LEAD,
                  "--rehearsal-speed",
                  String.format(Locale.ROOT, "%.2f", speed)));
      if (!compareLatency) {
        options.add("--no-rehearsal-latency");
      }
      return options;
    }

    private void expect(GateRun run, String verdict, String what) {
      if (run.report().isEmpty()) {
        throw new DemoFailure(
            "the gate judged nothing (exit "
                + run.exitCode()
                + ")"
                + (run.errors().isBlank() ? "" : "\n" + run.errors().strip()));
      }
      if (!run.verdict().equals(verdict)) {
        throw new DemoFailure(
            "the gate judged "
                + what
                + " "
                + run.verdict()
                + ", the story expects "
                + verdict
                + largestChange(run)
                + run.rehearsal()
                    .filter(RehearsalReport::lockRisk)
                    .map(r -> "; LOCK RISK " + String.join("; LOCK RISK ", r.risks()))
                    .orElse(""));
      }
    }

    /**
     * The gate rehearsed the migration unless the scenario says why not, and found the lock risk a
     * lock story is about. A migration expected without one may still show one where it comes near
     * the limits (a table rewrite on a slow or busy machine): the verdict decides then, and the
     * narration tells the risk.
     */
    private void expectRehearsalFinding(GateRun run) {
      Finding expected = scenario.rehearsal().finding();
      if (expected == Finding.SKIPPED) {
        return;
      }
      RehearsalReport rehearsal =
          run.rehearsal()
              .orElseThrow(
                  () -> new DemoFailure("the gate did not rehearse the migration under traffic"));
      if (expected == Finding.LOCK_RISK && !rehearsal.lockRisk()) {
        throw new DemoFailure(
            "the rehearsal under traffic found no lock risk, the story expects one: "
                + rehearsal.measurements());
      }
    }

    /** The pattern whose median moved most, with the gate's interval and limit for it. */
    private static String largestChange(GateRun run) {
      JsonNode largest = null;
      for (JsonNode p : run.report().orElseThrow().path("patterns")) {
        if (largest == null
            || p.at("/latency/p50/ratio").asDouble()
                > largest.at("/latency/p50/ratio").asDouble()) {
          largest = p;
        }
      }
      return largest == null
          ? ""
          : "; the largest change: "
              + largest.path("status").asText()
              + " "
              + largest.path("normalized_sql").asText()
              + ", "
              + latency(largest, "p50");
    }

    /**
     * The regressed patterns' latency, plan change and suggestion, and the rehearsal's lock risks,
     * in short.
     */
    private void explain(GateRun run) {
      run.report()
          .orElseThrow()
          .path("patterns")
          .forEach(
              p -> {
                if (!p.path("status").asText().equals("REGRESSED")) {
                  return;
                }
                narrator.say("REGRESSED %s", p.path("normalized_sql").asText());
                for (String percentile : List.of("p50", "p95", "p99")) {
                  narrator.say("  %s", latency(p, percentile));
                }
                String plan = p.path("plan").path("summary").asText("");
                if (!plan.isEmpty()) {
                  narrator.say("  plan: %s", plan);
                }
                String fix = p.path("plan").path("suggestion").asText("");
                if (!fix.isEmpty()) {
                  narrator.say("  fix:  %s", fix);
                }
              });
      run.rehearsal()
          .ifPresent(
              rehearsal -> {
                rehearsal.risks().forEach(risk -> narrator.say("LOCK RISK %s", risk));
                rehearsal.advice().forEach(advice -> narrator.say("  advice: %s", advice));
              });
    }

    /** Everything the scenario says its report must show, in the report the gate wrote. */
    private void requireReportShows(GateRun run) {
      String text =
          (run.report().orElseThrow().toString() + run.terminal()).toLowerCase(Locale.ROOT);
      List<String> missing = new ArrayList<>();
      for (String fragment : scenario.reportMustShow()) {
        if (!text.contains(fragment.toLowerCase(Locale.ROOT))) {
          missing.add(fragment);
        }
      }
      if (!missing.isEmpty()) {
        throw new DemoFailure("the gate's report does not show " + String.join(", ", missing));
      }
    }
  }

  /**
   * The migration as a user's CI job would run it: an external command, here this program's {@link
   * ApplySql} on a fresh JVM (a fresh machine has no psql).
   */
  static List<String> migrationCommand(List<Path> sqlFiles) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                ApplySql.class.getName()));
    sqlFiles.forEach(f -> command.add(f.toString()));
    return command;
  }

  /** The command with the (long) class path elided, for display. */
  private static List<String> abbreviated(List<String> command) {
    List<String> shown = new ArrayList<>(command);
    int cp = shown.indexOf("-cp");
    if (cp >= 0 && cp + 1 < shown.size() && shown.get(cp + 1).length() > 60) {
      shown.set(cp + 1, "<scry-cluster classpath>");
    }
    shown.set(0, "java");
    for (int i = 0; i < shown.size(); i++) {
      if (shown.get(i).endsWith(".sql")) {
        shown.set(i, Path.of(shown.get(i)).getFileName().toString());
      }
    }
    return shown;
  }

  /** "extended and server-prepared": the protocols the workload's sessions speak. */
  private static String protocolsOf(WorkloadOptions options) {
    List<String> names =
        IntStream.range(0, options.sessions())
            .mapToObj(i -> options.protocolOf(i).name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .distinct()
            .toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /** The statements of a script without its comments, on one line. */
  private static String summary(String sql) {
    StringBuilder text = new StringBuilder();
    sql.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("--"))
        .forEach(l -> text.append(text.length() == 0 ? "" : " ").append(l));
    String oneLine = text.toString().replaceAll("\\s+", " ");
    return oneLine.length() > 220 ? oneLine.substring(0, 217) + "..." : oneLine;
  }

  /** "p50 7.01 ms -> 16.8 ms 2.4x (95% CI 1.3x-3.1x, limit 1.5x)". */
  private static String latency(JsonNode pattern, String percentile) {
    JsonNode l = pattern.path("latency").path(percentile);
    return String.format(
        Locale.ROOT,
        "%s %.2f ms -> %.2f ms  %.1fx (95%% CI %.1fx-%.1fx, limit %.1fx)",
        percentile,
        l.path("baseline_ms").asDouble(),
        l.path("candidate_ms").asDouble(),
        l.path("ratio").asDouble(),
        l.path("ci_low").asDouble(),
        l.path("ci_high").asDouble(),
        l.path("threshold").asDouble());
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause.getMessage(), cause);
    }
  }
}
