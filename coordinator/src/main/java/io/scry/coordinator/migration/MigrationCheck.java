package io.scry.coordinator.migration;

import io.scry.coordinator.compare.Comparer;
import io.scry.coordinator.compare.Comparison;
import io.scry.coordinator.compare.PatternComparison;
import io.scry.coordinator.compare.Thresholds;
import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.explain.BlockingSql;
import io.scry.coordinator.explain.Explainer;
import io.scry.coordinator.explain.PlanChange;
import io.scry.coordinator.merge.FailoverRow;
import io.scry.coordinator.rehearsal.LockThresholds;
import io.scry.coordinator.report.AdviceFindings;
import io.scry.coordinator.report.AdviceProofSummary;
import io.scry.coordinator.report.MigrationSummary;
import io.scry.coordinator.report.RehearsalSummary;
import io.scry.coordinator.report.RunInfo;
import io.scry.coordinator.report.VerdictReport;
import io.scry.protocol.replay.ReplayMode;
import io.scry.protocol.v1.ReplayResult;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A whole migration check, from the shadow to the verdict:
 *
 * <ol>
 *   <li>the {@link Rehearsal} (unless turned off): the migration on a clone of the shadow while the
 *       capture replays on it in timed mode, measuring what its locks do to the traffic;
 *   <li>clone the shadow twice: a pristine template and a candidate template, and apply the
 *       migration to the candidate template (then VACUUM ANALYZE both, as autovacuum would soon
 *       do);
 *   <li>a warm-up round (baseline and candidate), then {@code rounds} measured rounds; in each
 *       round every target (baseline, candidate, and an untouched A/A clone when calibrating) is
 *       replayed on a <b>fresh clone of its template</b>, so writes of the workload never leak into
 *       a later round, and the order alternates (B C A, then A C B, ...) so drift of the machine
 *       cancels out;
 *   <li>compare, EXPLAIN the regressed patterns on the two templates;
 *   <li>prove the index advice (unless turned off): the suggested indexes built on a clone of the
 *       candidate template, the measured rounds replayed on fresh clones of it ({@link
 *       AdviceProof});
 *   <li>drop every clone (unless {@code keep}).
 * </ol>
 *
 * Failures that prevent a verdict are {@link MigrationCheckException}s.
 */
public final class MigrationCheck {
  /** At most this many regressed patterns are explained (the most impactful first). */
  static final int MAX_EXPLAINED = 10;

  /** Replays of one clone that may lose a worker before the check gives up. */
  static final int MAX_REPLAY_ATTEMPTS = 3;

  private final Settings settings;
  private final Function<String, ? extends ReplayBackend> backendFactory;
  private ReplayBackend backend;
  private final MigrationStep migration;
  private final PrintStream log;

  /**
   * @param captureLabel the capture as the report names it
   * @param keep keep the templates and the last round's clones instead of dropping them
   */
  public record Settings(
      DatabaseUrl shadow,
      Thresholds thresholds,
      int rounds,
      boolean calibrate,
      boolean keep,
      String captureLabel,
      ReplayMode mode,
      double samplePct,
      Duration waitForSessions,
      RehearsalSettings rehearsal,
      LockThresholds lockThresholds,
      boolean proveAdvice) {}

  /** The replayed databases, each cloned from its template before every replay. */
  enum Target {
    BASELINE,
    CANDIDATE,
    CALIBRATION,
    /** The candidate with the indexes the report suggests: the advice proof. */
    ADVISED;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * @param backendFactory starts the replay backend, given the prefix of the check's database names
   *     ({@code scry_<hex>}; a database it creates on the shadow's server is named {@code
   *     <prefix>_…}, so that the check's clean-up and the sweep of abandoned clones cover it); it
   *     is called on another thread as the check begins, so that starting it overlaps cloning and
   *     migrating, and the backend is closed when the check ends
   */
  public MigrationCheck(
      Settings settings,
      Function<String, ? extends ReplayBackend> backendFactory,
      MigrationStep migration,
      PrintStream log) {
    this.settings = settings;
    this.backendFactory = backendFactory;
    this.migration = migration;
    this.log = log;
  }

  public VerdictReport run() {
    String prefix = "scry_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 28);
    try (DatabaseCloner cloner =
        new DatabaseCloner(settings.shadow(), settings.waitForSessions())) {
      String shadow = settings.shadow().database();
      if (!cloner.exists(shadow)) {
        throw new MigrationCheckException(
            "the shadow database " + shadow + " does not exist on " + settings.shadow(), "");
      }
      // Claimed before anything is created under the prefix, the replay backend's databases too.
      cloner.claim(prefix);
      List<String> abandoned = cloner.sweepAbandoned();
      if (!abandoned.isEmpty()) {
        log.println(
            "scry: dropped clones an earlier check left behind: " + String.join(", ", abandoned));
      }
      CompletableFuture<ReplayBackend> starting =
          CompletableFuture.supplyAsync(() -> backendFactory.apply(prefix));
      try {
        return run(cloner, prefix, starting);
      } finally {
        if (backend != null) {
          backend.close();
        } else {
          // The check failed before it needed the backend: close it once started, before the
          // process may exit, so that nothing it created outlives the check.
          ReplayBackend started = starting.handle((b, error) -> b).join();
          if (started != null) {
            started.close();
          }
        }
      }
    }
  }

  private VerdictReport run(
      DatabaseCloner cloner, String prefix, CompletableFuture<ReplayBackend> starting) {
    String baseTemplate = prefix + "_base";
    String candidateTemplate = prefix + "_cand";
    // Read by the shutdown hook too.
    Set<String> created = Collections.synchronizedSet(new LinkedHashSet<>());
    Map<String, Long> timings = new LinkedHashMap<>();
    String shadow = settings.shadow().database();
    Thread dropOnSignal = new Thread(() -> dropAfterSignal(prefix, created), "scry-drop-clones");
    Runtime.getRuntime().addShutdownHook(dropOnSignal);
    try {
      RehearsalSummary rehearsal = null;
      if (settings.rehearsal().enabled()) {
        long t = System.nanoTime();
        rehearsal =
            new Rehearsal(
                    "rehearsal",
                    settings.rehearsal(),
                    settings.lockThresholds(),
                    () -> backend(starting),
                    migration,
                    settings.rehearsal().compareLatency(),
                    log)
                .run(cloner, shadow, prefix + "_rehearsal", created, settings.keep());
        timings.put("rehearsal_ms", millisSince(t));
        if (rehearsal.lockRisk() && settings.rehearsal().proveRewrites()) {
          t = System.nanoTime();
          RewriteProof proof =
              new RewriteProof(
                  settings.rehearsal(), settings.lockThresholds(), () -> backend(starting), log);
          rehearsal =
              rehearsal.withRewriteProof(
                  proof.prove(
                      rehearsal, cloner, shadow, prefix + "_rewrite", created, settings.keep()));
          timings.put("rewrite_proof_ms", millisSince(t));
        }
      }
      long t = System.nanoTime();
      String cloning = "cloning " + shadow + " into " + baseTemplate + " and " + candidateTemplate;
      log.println("scry: " + cloning);
      DatabaseUrl candidate;
      try (Heartbeat beat = Heartbeat.start(log, cloning, Heartbeat.EVERY)) {
        created.add(baseTemplate);
        cloner.cloneDatabase(shadow, baseTemplate);
        created.add(candidateTemplate);
        candidate = cloner.cloneDatabase(shadow, candidateTemplate);
      }
      timings.put("clone_ms", millisSince(t));
      log.printf(Locale.ROOT, "scry: cloned in %,d ms%n", timings.get("clone_ms"));

      t = System.nanoTime();
      log.println("scry: running the migration against " + candidateTemplate);
      MigrationSummary migrated;
      try (Heartbeat beat =
          Heartbeat.start(
              log, "running the migration against " + candidateTemplate, Heartbeat.EVERY)) {
        migrated = migration.apply(candidate, new MigrationConnections());
      }
      timings.put("migration_ms", millisSince(t));
      log.printf(
          Locale.ROOT,
          "scry: the migration ended with exit code %d in %,d ms%n",
          migrated.exitCode(),
          timings.get("migration_ms"));
      if (migrated.exitCode() != 0) {
        throw new MigrationCheckException(
            "the migration command failed with exit code " + migrated.exitCode(),
            migrated.stderr().isBlank() ? migrated.stdout() : migrated.stderr());
      }
      cloner.vacuumAnalyze(baseTemplate);
      cloner.vacuumAnalyze(candidateTemplate);
      backend(starting);

      Map<Target, String> templates = new EnumMap<>(Target.class);
      templates.put(Target.BASELINE, baseTemplate);
      templates.put(Target.CANDIDATE, candidateTemplate);
      if (settings.calibrate()) {
        templates.put(Target.CALIBRATION, baseTemplate);
      }
      t = System.nanoTime();
      ReplayPlan plan = new ReplayPlan(settings.rounds(), settings.calibrate());
      // The A/A clone comes from the baseline's template: warming the baseline warms it too.
      Map<Target, String> warmUp = new EnumMap<>(templates);
      warmUp.remove(Target.CALIBRATION);
      Map<Target, ReplayResult> warmedUp = replayRound(0, warmUp, cloner, prefix, created, plan);
      timings.put("warmup_ms", millisSince(t));

      t = System.nanoTime();
      Map<Target, List<ReplayResult>> results = new EnumMap<>(Target.class);
      for (int round = 1; round <= settings.rounds(); round++) {
        replayRound(round, templates, cloner, prefix, created, plan)
            .forEach(
                (target, result) ->
                    results.computeIfAbsent(target, k -> new ArrayList<>()).add(result));
      }
      timings.put("rounds_ms", millisSince(t));

      Comparison comparison =
          new Comparer(settings.thresholds())
              .compare(
                  results.get(Target.BASELINE),
                  results.get(Target.CANDIDATE),
                  results.getOrDefault(Target.CALIBRATION, List.of()),
                  List.of(warmedUp.get(Target.BASELINE)),
                  List.of(warmedUp.get(Target.CANDIDATE)));
      t = System.nanoTime();
      Map<Long, PlanChange> plans =
          explainRegressions(comparison, settings.shadow().withDatabase(baseTemplate), candidate);
      timings.put("explain_ms", millisSince(t));
      AdviceProofSummary adviceProof = null;
      List<String> indexes = AdviceProof.indexes(plans);
      if (settings.proveAdvice() && !indexes.isEmpty()) {
        t = System.nanoTime();
        adviceProof =
            proveAdvice(indexes, plans, results, candidateTemplate, cloner, prefix, created, plan);
        timings.put("advice_proof_ms", millisSince(t));
      }
      ReplayResult first = results.get(Target.BASELINE).get(0);
      RunInfo run =
          new RunInfo(
              settings.captureLabel(),
              settings.shadow().toString(),
              settings.mode(),
              settings.rounds(),
              settings.samplePct(),
              first.getStatements(),
              first.getSessions(),
              timings,
              first.getCloneEscapesMap(),
              first.getStatementsAfterGaps(),
              first.getStatementsInCheckpoint());
      return new VerdictReport(
          Instant.now(), run, comparison, plans, migrated, rehearsal, adviceProof);
    } finally {
      cleanUp(cloner, created);
      try {
        Runtime.getRuntime().removeShutdownHook(dropOnSignal);
      } catch (IllegalStateException shuttingDown) {
        // The hook runs (or ran): it finds nothing left to drop.
      }
    }
  }

  /**
   * Builds the suggested indexes on a clone of the candidate template and replays the measured
   * rounds on fresh clones of it (no warm-up: building the indexes just read the tables).
   */
  private AdviceProofSummary proveAdvice(
      List<String> indexes,
      Map<Long, PlanChange> plans,
      Map<Target, List<ReplayResult>> results,
      String candidateTemplate,
      DatabaseCloner cloner,
      String prefix,
      Set<String> created,
      ReplayPlan plan) {
    long start = System.nanoTime();
    String template = prefix + "_advi";
    log.println(
        "scry: advice proof: building "
            + String.join(" ", indexes)
            + " on "
            + template
            + ", a clone of the candidate");
    created.add(template);
    DatabaseUrl advised = cloner.cloneDatabase(candidateTemplate, template);
    Optional<String> failure = AdviceProof.build(advised, indexes);
    if (failure.isPresent()) {
      log.println("scry: advice proof: could not build " + failure.get());
      return AdviceProofSummary.failed(
          indexes, millisSince(start), "could not build " + failure.get());
    }
    cloner.vacuumAnalyze(template);
    plan.extend(settings.rounds());
    List<ReplayResult> rounds = new ArrayList<>();
    try {
      for (int round = 1; round <= settings.rounds(); round++) {
        rounds.add(
            replayRound(round, Map.of(Target.ADVISED, template), cloner, prefix, created, plan)
                .get(Target.ADVISED));
      }
    } catch (MigrationCheckException e) {
      // The verdict stands without its proof: say why the proof is missing rather than fail.
      log.println("scry: advice proof: " + e.getMessage());
      return AdviceProofSummary.failed(
          indexes, millisSince(start), "the replays with the indexes failed: " + e.getMessage());
    }
    AdviceProofSummary proof =
        AdviceProof.summarize(
            indexes,
            settings.thresholds(),
            plans,
            results.get(Target.BASELINE),
            results.get(Target.CANDIDATE),
            results.getOrDefault(Target.CALIBRATION, List.of()),
            rounds,
            millisSince(start));
    AdviceFindings.lines(proof).forEach(line -> log.println("scry: " + line));
    return proof;
  }

  /** One round: every target on a fresh clone of its template, in this round's order. */
  private Map<Target, ReplayResult> replayRound(
      int round,
      Map<Target, String> templates,
      DatabaseCloner cloner,
      String prefix,
      Set<String> created,
      ReplayPlan plan) {
    List<Target> order = new ArrayList<>(templates.keySet());
    if (round % 2 == 0) {
      java.util.Collections.reverse(order);
    }
    Map<Target, ReplayResult> results = new EnumMap<>(Target.class);
    for (Target target : order) {
      String clone = prefix + "_" + target.label().substring(0, 4) + "_r" + round;
      String replay = (round == 0 ? "warm-up" : "round " + round) + " " + target.label();
      created.add(clone);
      ReplayResult result;
      long took;
      for (int attempt = 1; ; attempt++) {
        DatabaseUrl url = cloner.cloneDatabase(templates.get(target), clone);
        log.println("scry: " + replay + ": replaying on " + clone);
        long t = System.nanoTime();
        result = backend.replay(url, round);
        took = System.nanoTime() - t;
        if (result.getFailoversCount() == 0) {
          break;
        }
        // The re-planned shard applied the lost worker's writes a second time: this clone no
        // longer holds what the capture did, so its measurements are not comparable.
        cloner.drop(clone);
        String lost =
            result.getFailoversList().stream()
                .map(f -> FailoverRow.of(f).describe())
                .collect(Collectors.joining("; "));
        if (attempt == MAX_REPLAY_ATTEMPTS) {
          throw new MigrationCheckException(
              replay + ": a worker was lost in each of " + attempt + " replays; last: " + lost,
              "check the workers' logs (memory, network) and run the check again");
        }
        log.println("scry: " + replay + ": " + lost + "; the replay starts again on a fresh clone");
      }
      log.printf(
          Locale.ROOT,
          "scry: %s: %,d statements in %,d sessions, %,d ms (%,d/s)%s; %s%n",
          replay,
          result.getStatements(),
          result.getSessions(),
          took / 1_000_000,
          Math.round(result.getStatements() / Math.max(1e-9, took / 1e9)),
          result.getCloneEscapesMap().isEmpty()
              ? ""
              : "; not replayed, they reach beyond a clone: " + result.getCloneEscapesMap(),
          plan.replayed(Duration.ofNanos(took)));
      results.put(target, result);
      if (!settings.keep() || round < settings.rounds()) {
        cloner.drop(clone);
        created.remove(clone);
      }
    }
    return results;
  }

  private Map<Long, PlanChange> explainRegressions(
      Comparison comparison, DatabaseUrl baseline, DatabaseUrl candidate) {
    List<PatternComparison> regressed =
        comparison.regressed().stream()
            .filter(p -> Explainer.canExplain(p.query().sampleSql()))
            .limit(MAX_EXPLAINED)
            .toList();
    Map<Long, PlanChange> plans = new LinkedHashMap<>();
    if (regressed.isEmpty()) {
      return plans;
    }
    Explainer explainer = new Explainer();
    try (BlockingSql before = BlockingSql.connect(baseline);
        BlockingSql after = BlockingSql.connect(candidate)) {
      for (PatternComparison p : regressed) {
        plans.put(
            p.fingerprint(),
            explainer.explain(p.query().sampleSql(), p.query().sampleParameters(), before, after));
      }
    }
    return plans;
  }

  /** The replay backend, waiting for it to have started the first time. */
  private ReplayBackend backend(CompletableFuture<ReplayBackend> starting) {
    if (backend == null) {
      backend = started(starting);
    }
    return backend;
  }

  private static ReplayBackend started(CompletableFuture<ReplayBackend> starting) {
    try {
      return starting.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof MigrationCheckException failure) {
        throw failure;
      }
      throw new MigrationCheckException(
          "cannot start the replay backend: " + e.getCause(), e.getCause());
    }
  }

  /**
   * The process is being stopped (SIGTERM, Ctrl-C) in the middle of the check: drop its clones on a
   * connection of its own, as the check's own clean-up will never run.
   */
  private void dropAfterSignal(String prefix, Set<String> created) {
    if (settings.keep()) {
      return;
    }
    List<String> left = new ArrayList<>();
    try (DatabaseCloner cloner = new DatabaseCloner(settings.shadow(), Duration.ZERO)) {
      // Every database of the check: its clones, and what the replay backend created.
      left.addAll(cloner.databasesOf(prefix));
      if (left.isEmpty()) {
        return;
      }
      for (String database : left) {
        cloner.drop(database);
        created.remove(database);
      }
      log.println("scry: stopped; dropped " + String.join(", ", left));
    } catch (RuntimeException e) {
      log.println(
          "scry: stopped; could not drop " + String.join(", ", left) + ": " + e.getMessage());
    }
  }

  private void cleanUp(DatabaseCloner cloner, Set<String> created) {
    List<String> left;
    synchronized (created) {
      left = new ArrayList<>(created);
    }
    if (settings.keep()) {
      if (!left.isEmpty()) {
        log.println("scry: kept databases " + String.join(", ", left));
      }
      return;
    }
    for (String database : left) {
      try {
        cloner.drop(database);
        created.remove(database);
      } catch (RuntimeException e) {
        log.println("scry: could not drop " + database + ": " + e.getMessage());
      }
    }
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
