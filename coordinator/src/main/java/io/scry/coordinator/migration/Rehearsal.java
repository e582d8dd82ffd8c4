package io.scry.coordinator.migration;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.explain.BlockingSql;
import io.scry.coordinator.rehearsal.LockAnalysis;
import io.scry.coordinator.rehearsal.LockMonitor;
import io.scry.coordinator.rehearsal.LockMonitorException;
import io.scry.coordinator.rehearsal.LockThresholds;
import io.scry.coordinator.rehearsal.LockTimeline;
import io.scry.coordinator.rehearsal.MigrationWait;
import io.scry.coordinator.rehearsal.TableSnapshot;
import io.scry.coordinator.report.Findings;
import io.scry.coordinator.report.LockRisk;
import io.scry.coordinator.report.MigrationSummary;
import io.scry.coordinator.report.RehearsalSummary;
import io.scry.coordinator.report.WindowLatency;
import io.scry.protocol.v1.ReplayResult;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The rehearsal phase of a migration check: the migration runs on a fresh clone of the shadow while
 * the capture replays on it in timed mode, and a {@link LockMonitor} reads what its locks do to the
 * traffic.
 *
 * <ol>
 *   <li>clone the shadow, snapshot its tables, start the monitor, start the timed replay;
 *   <li>after the lead, run the migration command through its capturing proxy (which tells its
 *       server sessions, however many it opens);
 *   <li>let the traffic catch up for {@link #CATCH_UP}, then stop the replays: the rehearsal
 *       measures the migration's window, not the whole capture. Both replays measure only the
 *       statements captured from the lead on, so their results compare the migration's window with
 *       the same window of a clone the migration did not touch ({@link WindowLatency});
 *   <li>stop the monitor, snapshot again, analyse, drop the clones.
 * </ol>
 *
 * A migration that fails, or does not finish within the check's timeout, is a {@link
 * MigrationCheckException} naming the rehearsal, with the lock waits it was caught in.
 */
final class Rehearsal {
  /**
   * How long the traffic goes on after the migration ended. Once the migration's sessions are gone
   * nothing of it can block, so a second is enough for the monitor to see the blocked statements
   * run and the lock queue drain; the rest of the capture would only add time.
   */
  static final Duration CATCH_UP = Duration.ofSeconds(1);

  /** The patterns a report keeps of the window comparison: those held up most. */
  static final int WINDOW_PATTERNS = 50;

  private final String name;
  private final RehearsalSettings settings;
  private final LockThresholds thresholds;
  private final Supplier<ReplayBackend> backend;
  private final MigrationStep migration;
  private final boolean compareLatency;
  private final PrintStream log;

  /**
   * @param name what the log calls it: "rehearsal", or "rewrite proof" for the rehearsal of a
   *     migration's rewrite
   * @param backend the replay backend, asked for once the clone is made: it may still be starting
   *     when the rehearsal begins
   * @param compareLatency also replay the migration's window on a second clone without the
   *     migration, after the rehearsal, to compare the traffic's latency in that window
   */
  Rehearsal(
      String name,
      RehearsalSettings settings,
      LockThresholds thresholds,
      Supplier<ReplayBackend> backend,
      MigrationStep migration,
      boolean compareLatency,
      PrintStream log) {
    this.compareLatency = compareLatency;
    this.name = name;
    this.settings = settings;
    this.thresholds = thresholds;
    this.backend = backend;
    this.migration = migration;
    this.log = log;
  }

  /**
   * Rehearses on a clone of {@code source} named {@code clone}, added to {@code created} while it
   * exists (dropped at the end unless {@code keep}); then, when it compares latency, replays the
   * same window on a second clone without the migration ({@code clone + "_base"}).
   */
  RehearsalSummary run(
      DatabaseCloner cloner, String source, String clone, Set<String> created, boolean keep) {
    long phaseStart = System.nanoTime();
    Rehearsed rehearsed;
    created.add(clone);
    try {
      rehearsed = rehearse(cloner.cloneDatabase(source, clone), phaseStart);
    } finally {
      drop(cloner, clone, created, keep);
    }
    if (rehearsed.window() == null) {
      return rehearsed.summary();
    }
    String baselineClone = clone + "_base";
    created.add(baselineClone);
    try {
      ReplayResult without =
          replayWindow(cloner.cloneDatabase(source, baselineClone), rehearsed.trafficNanos());
      return rehearsed
          .summary()
          .withWindowLatency(WindowLatency.compare(without, rehearsed.window(), WINDOW_PATTERNS));
    } finally {
      drop(cloner, baselineClone, created, keep);
    }
  }

  /**
   * The rehearsal's summary, and what its traffic measured from the lead on (null when nothing is
   * compared) in the {@code trafficNanos} it ran.
   */
  private record Rehearsed(RehearsalSummary summary, ReplayResult window, long trafficNanos) {}

  private Rehearsed rehearse(DatabaseUrl url, long phaseStart) {
    TableSnapshot before = snapshot(url);
    ReplayBackend replays = backend.get();
    LockMonitor monitor = startMonitor(url);
    RehearsalTraffic replay = null;
    try {
      log.printf(
          Locale.ROOT,
          "scry: %s: replaying the capture on %s at %sx, the migration in %d ms%n",
          name,
          url.database(),
          settings.speed(),
          settings.lead().toMillis());
      replay = replays.startTimed(url, settings.speed(), measuredFrom());
      long trafficStart = System.nanoTime();
      List<String> notes = new ArrayList<>();
      boolean endedBefore = awaitEnd(replay, settings.lead());
      MigrationConnections connections = new MigrationConnections();
      MigrationSummary migrated = migrate(url, connections, monitor);
      if (endedBefore) {
        notes.add(
            "the capture's traffic had ended before the migration started (the capture is shorter"
                + " than the lead at this speed): the migration ran without concurrent traffic");
      } else if (replay.ended().toCompletableFuture().isDone()) {
        notes.add(
            "the capture's traffic ended before the migration did: the migration's last part ran"
                + " without concurrent traffic (a longer capture, or a lower --rehearsal-speed,"
                + " covers it)");
      }
      awaitEnd(replay, CATCH_UP);
      ReplayResult window = null;
      if (compareLatency) {
        replay.requestStop();
        window = replay.result();
      } else {
        replay.cancel();
      }
      long trafficNanos = System.nanoTime() - trafficStart;
      if (window != null && window.getStatements() == 0) {
        notes.add(
            "no captured statement fell in the migration's window (from the lead on): the"
                + " latency during the migration was not measured");
        window = null;
      }
      LockTimeline timeline = monitor.stop();
      RehearsalSummary summary =
          summarize(timeline, connections, migrated, before, snapshot(url), notes, phaseStart);
      return new Rehearsed(summary, window, trafficNanos);
    } finally {
      if (replay != null) {
        replay.cancel();
      }
      monitor.stop();
    }
  }

  /**
   * The capture's time at which the migration starts (the lead at the replay's speed): both replays
   * measure the statements captured from there on.
   */
  private Duration measuredFrom() {
    return Duration.ofNanos((long) (settings.lead().toNanos() * settings.speed()));
  }

  /**
   * Replays the capture on {@code url} as the rehearsal did, for as long as its traffic ran, with
   * no migration: the same window of the capture, on a clone the migration did not touch. It runs
   * after the rehearsal, not beside it, so that it takes no CPU or I/O from the migration whose
   * locks the rehearsal measured.
   */
  private ReplayResult replayWindow(DatabaseUrl url, long trafficNanos) {
    log.printf(
        Locale.ROOT,
        "scry: %s: replaying the same window on %s without the migration, for %d ms%n",
        name,
        url.database(),
        trafficNanos / 1_000_000);
    RehearsalTraffic replay = backend.get().startTimed(url, settings.speed(), measuredFrom());
    try {
      awaitEnd(replay, Duration.ofNanos(trafficNanos));
      replay.requestStop();
      return replay.result();
    } finally {
      replay.cancel();
    }
  }

  private static void drop(DatabaseCloner cloner, String clone, Set<String> created, boolean keep) {
    if (!keep && created.remove(clone)) {
      cloner.drop(clone);
    }
  }

  /** Reads what the rehearsal saw and tells it in the log's one line. */
  private RehearsalSummary summarize(
      LockTimeline timeline,
      MigrationConnections connections,
      MigrationSummary migrated,
      TableSnapshot before,
      TableSnapshot after,
      List<String> notes,
      long phaseStart) {
    LockAnalysis analysis = LockAnalysis.of(timeline, connections);
    if (timeline.endReason() != LockTimeline.EndReason.STOPPED) {
      notes.add("the lock monitor stopped early: " + timeline.endDetail());
    }
    if (analysis.migration() == null) {
      notes.add("no session of the migration was seen by the lock monitor");
    }
    RehearsalFindings findings =
        new RehearsalFindings(analysis, thresholds, migrated.statements(), timeline.interval());
    List<LockRisk> risks = findings.risks();
    log.printf(
        Locale.ROOT,
        "scry: %s: migration %s under traffic, traffic blocked up to %d ms, ACCESS"
            + " EXCLUSIVE held up to %d ms: %s%n",
        name,
        Findings.ms(migrated.durationMs()),
        analysis.maxBlockedMs(),
        analysis.maxAccessExclusiveMs(),
        risks.isEmpty() ? "no lock risk" : risks.size() + " LOCK RISK(s)");
    return new RehearsalSummary(
        settings.speed(),
        settings.lead().toMillis(),
        millisSince(phaseStart),
        migrated,
        analysis,
        thresholds,
        findings.statements(risks),
        RehearsalFindings.tables(analysis, before, after),
        risks,
        notes,
        null,
        List.of());
  }

  /** Runs the migration; a failure or a hang names the rehearsal and the waits it was caught in. */
  private MigrationSummary migrate(
      DatabaseUrl url, MigrationConnections connections, LockMonitor monitor) {
    MigrationSummary migrated;
    try {
      migrated = migration.apply(url, connections);
    } catch (MigrationCheckException e) {
      throw new MigrationCheckException(
          e.getMessage() + " in the rehearsal under replayed traffic",
          join(e.details(), waits(monitor, connections)));
    }
    if (migrated.exitCode() != 0) {
      throw new MigrationCheckException(
          "the migration command failed with exit code "
              + migrated.exitCode()
              + " in the rehearsal under replayed traffic",
          join(
              migrated.stderr().isBlank() ? migrated.stdout() : migrated.stderr(),
              waits(monitor, connections)));
    }
    return migrated;
  }

  /** The lock waits of the migration so far, one line each, for the details of a failure. */
  private static String waits(LockMonitor monitor, MigrationConnections connections) {
    List<MigrationWait> waits =
        LockAnalysis.of(monitor.stop(), connections).migrationWaits().stream()
            .filter(w -> w.waitedMs() > 0)
            .toList();
    return waits.stream()
        .map(
            w ->
                String.format(
                    Locale.ROOT,
                    "the migration waited %d ms for %s on %s behind %s: %s",
                    w.waitedMs(),
                    w.mode() == null ? w.lockType() : w.mode().label(),
                    w.relation() == null ? "(no relation)" : w.relation(),
                    w.blockers().stream()
                        .map(
                            b ->
                                "pid "
                                    + b.pid()
                                    + (b.migration() ? " (the migration's own session)" : "")
                                    + " "
                                    + b.state()
                                    + " "
                                    + Findings.oneLine(b.query(), 80))
                        .collect(Collectors.joining(", ")),
                    Findings.oneLine(w.statement(), 120)))
        .collect(Collectors.joining("\n"));
  }

  /**
   * Waits up to {@code time} for the replay to end; true when it has ended (a replay that failed
   * fails the check: a rehearsal without its traffic would pass any migration).
   */
  private static boolean awaitEnd(RehearsalTraffic replay, Duration time) {
    try {
      replay.ended().toCompletableFuture().get(time.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof MigrationCheckException failure) {
        throw failure;
      }
      throw new MigrationCheckException(
          "the rehearsal's replay failed: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationCheckException("interrupted during the rehearsal", e);
    }
  }

  private static LockMonitor startMonitor(DatabaseUrl url) {
    try {
      return LockMonitor.start(url);
    } catch (LockMonitorException e) {
      throw new MigrationCheckException("cannot start the rehearsal: " + e.getMessage(), e);
    }
  }

  private static TableSnapshot snapshot(DatabaseUrl url) {
    try (BlockingSql sql = BlockingSql.connect(url)) {
      return TableSnapshot.take(sql);
    }
  }

  private static String join(String a, String b) {
    return a.isBlank() ? b : b.isBlank() ? a : a.strip() + "\n" + b;
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
