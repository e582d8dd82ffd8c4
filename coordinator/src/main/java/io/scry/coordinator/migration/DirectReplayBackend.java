package io.scry.coordinator.migration;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.plan.EventSelection;
import io.scry.coordinator.plan.SessionKey;
import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.ReplayResult;
import io.scry.worker.replay.ReplayMode;
import io.scry.worker.replay.ReplaySettings;
import io.scry.worker.replay.RunningReplay;
import io.scry.worker.replay.ShardReplay;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.stream.Materializer;
import org.apache.pekko.stream.javadsl.Source;

/**
 * Replays a capture directory in this process with the replay engine itself, as one shard, without
 * a cluster: the fast path for a CI check on one machine. The selected events are read once and
 * kept in memory (a CI capture is small: thousands to a few hundred thousand statements).
 */
public final class DirectReplayBackend implements ReplayBackend {
  /** A replayed statement running longer than this ends with SQLSTATE 57014 on that side. */
  static final Duration STATEMENT_TIMEOUT = Duration.ofMinutes(2);

  private final List<CaptureEvent> events;
  private final long captureStartNanos;
  private final ReplayMode mode;
  private final Duration timeout;
  private final ActorSystem<Void> system;

  private DirectReplayBackend(List<CaptureEvent> events, ReplayMode mode, Duration timeout) {
    this.events = events;
    this.captureStartNanos =
        events.stream()
            .filter(CaptureEvent::hasStatement)
            .mapToLong(CaptureEvent::getStartUnixNanos)
            .min()
            .orElse(0);
    this.mode = mode;
    this.timeout = timeout;
    this.system = ActorSystem.create(Behaviors.empty(), "scry-ci-replay");
  }

  /**
   * Reads the capture and selects what to replay.
   *
   * @param window replay only statements of the newest {@code window} of the capture, or null for
   *     all
   * @param samplePct percent of sessions to replay (whole sessions, stable hash)
   * @param timeout the longest one replay may take
   */
  public static DirectReplayBackend open(
      Path captureDir, Duration window, double samplePct, ReplayMode mode, Duration timeout) {
    List<CaptureEvent> all;
    try (CaptureDirectory capture = CaptureDirectory.open(captureDir)) {
      all = capture.stream().toList();
    } catch (IOException | RuntimeException e) {
      throw new MigrationCheckException(
          "cannot read the capture " + captureDir + ": " + e.getMessage(), e);
    }
    long end = all.stream().mapToLong(CaptureEvent::getStartUnixNanos).max().orElse(0);
    EventSelection selection =
        new EventSelection(
            window == null ? Long.MIN_VALUE : end - window.toNanos(), Long.MAX_VALUE, samplePct);
    List<CaptureEvent> selected =
        all.stream()
            // Kept in the capture's order (CaptureOrder): re-sorting by start time would end
            // every session right after it began.
            .filter(e -> selection.sampled(SessionKey.of(e)) && selection.streams(e))
            .toList();
    if (selected.stream().noneMatch(CaptureEvent::hasStatement)) {
      throw new MigrationCheckException(
          "the capture "
              + captureDir
              + " has no statements to replay (window "
              + window
              + ", sample "
              + samplePct
              + "%)",
          "");
    }
    return new DirectReplayBackend(selected, mode, timeout);
  }

  @Override
  public ReplayResult replay(DatabaseUrl target, int round) {
    ReplaySettings settings = settings(target, round, mode, 1.0);
    try {
      return ShardReplay.run(Source.from(events), settings, Materializer.matFromSystem(system))
          .toCompletableFuture()
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new MigrationCheckException(
          "the replay on " + target + " failed: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new MigrationCheckException(
          "the replay on " + target + " took longer than " + timeout.toSeconds() + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationCheckException("interrupted while replaying", e);
    }
  }

  @Override
  public RunningReplay startTimed(DatabaseUrl target, double speed) {
    return ShardReplay.start(
        Source.from(events),
        settings(target, 0, ReplayMode.TIMED, speed),
        Materializer.matFromSystem(system));
  }

  private ReplaySettings settings(DatabaseUrl target, int round, ReplayMode mode, double speed) {
    return new ReplaySettings(
        "ci",
        round,
        target.toUrl(),
        mode,
        speed,
        captureStartNanos,
        System.currentTimeMillis() * 1_000_000L,
        0,
        STATEMENT_TIMEOUT);
  }

  @Override
  public void close() {
    system.terminate();
  }
}
