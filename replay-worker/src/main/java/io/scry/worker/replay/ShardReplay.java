package io.scry.worker.replay;

import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.ReplayResult;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.apache.pekko.Done;
import org.apache.pekko.japi.Pair;
import org.apache.pekko.stream.KillSwitches;
import org.apache.pekko.stream.Materializer;
import org.apache.pekko.stream.UniqueKillSwitch;
import org.apache.pekko.stream.javadsl.Keep;
import org.apache.pekko.stream.javadsl.Sink;
import org.apache.pekko.stream.javadsl.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays one shard of a capture against a target database and measures it.
 *
 * <pre>{@code
 * RunningReplay replay = ShardReplay.start(shardEvents, settings, materializer);
 * ReplayResult result = replay.result().toCompletableFuture().get();   // or replay.cancel()
 * }</pre>
 *
 * Each captured session (proxy id + session id) gets its own connection; its statements run one at
 * a time in captured order with the captured protocol and parameters; sessions run concurrently.
 * See docs/REPLAY.md for timing, digests and error handling.
 */
public final class ShardReplay {

  private static final Logger log = LoggerFactory.getLogger(ShardReplay.class);

  /** Grace beyond the statement timeout before a silent connection counts as lost. */
  static final Duration NO_ANSWER_GRACE = Duration.ofSeconds(5);

  private ShardReplay() {}

  /**
   * Replays {@code events} (all sessions of one shard, ordered by start time, each session's events
   * in sequence order) and completes with the shard's result.
   */
  public static CompletionStage<ReplayResult> run(
      Source<CaptureEvent, ?> events, ReplaySettings settings, Materializer materializer) {
    return start(events, settings, materializer).result();
  }

  /** Like {@link #run}, with a handle to cancel the replay. */
  public static RunningReplay start(
      Source<CaptureEvent, ?> events, ReplaySettings settings, Materializer materializer) {
    return start(events, settings, materializer, ReplayLimits.DEFAULT);
  }

  /** Like {@link #start(Source, ReplaySettings, Materializer)} with other bounds (tests). */
  static Running start(
      Source<CaptureEvent, ?> events,
      ReplaySettings settings,
      Materializer materializer,
      ReplayLimits limits) {
    TargetUrl target = TargetUrl.parse(settings.targetUrl());
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "scry-replay-timer-" + settings.jobId());
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true);
    ShardStats stats = new ShardStats();
    ReplayStop stop = new ReplayStop();
    ReplayClock clock = ReplayClock.anchoredNow();
    Duration noAnswer =
        settings.statementTimeout().isZero()
            ? null
            : settings.statementTimeout().plus(NO_ANSWER_GRACE);
    SessionDispatcher dispatcher =
        new SessionDispatcher(
            new SessionReplayer.Replay(
                settings,
                clock,
                timer,
                new Connections(
                    target,
                    settings.replayRole(),
                    settings.statementTimeout(),
                    limits.lockTimeout()),
                new StatementRunner(noAnswer),
                stats,
                stop),
            limits);
    ReadAhead readAhead = new ReadAhead(settings, clock, timer, limits, stop);
    new Watchdog(settings, target, dispatcher).start(timer, limits.watchdog());
    long started = Math.max(System.nanoTime(), clock.toNanoTime(settings.replayStartUnixNanos()));
    log.info(
        "replaying job {} round {} on {} ({}, speed {}, max connections {})",
        settings.jobId(),
        settings.round(),
        target.redacted(),
        settings.mode(),
        settings.speed(),
        settings.maxConnections());

    ReplayEvent.Preparer preparer = new ReplayEvent.Preparer();
    Pair<UniqueKillSwitch, CompletionStage<Done>> stream =
        events
            .viaMat(KillSwitches.single(), Keep.right())
            .map(preparer::prepare)
            .mapAsync(1, readAhead::whenReadable)
            .mapAsync(1, dispatcher::offer)
            .toMat(Sink.ignore(), Keep.both())
            .run(materializer);
    stream
        .second()
        .whenComplete(
            (ignored, error) -> {
              if (error == null) {
                dispatcher.inputFinished();
              } else {
                Throwable cause = ReplayException.unwrap(error);
                dispatcher.fail(
                    cause instanceof CancellationException || cause instanceof ReplayException
                        ? cause
                        : new ReplayException("the capture stream failed: " + cause, cause));
              }
            });
    CompletableFuture<ReplayResult> result =
        dispatcher
            .done()
            .thenApply(
                done -> {
                  ReplayResult shard =
                      stats.toResult(settings, target.redacted(), System.nanoTime() - started);
                  log.info(
                      "replayed job {} round {}: {} statements in {} sessions, {} ms",
                      settings.jobId(),
                      settings.round(),
                      shard.getStatements(),
                      shard.getSessions(),
                      shard.getWallNanos() / 1_000_000);
                  return shard;
                });
    result.whenComplete((shard, error) -> timer.shutdownNow());
    return new Running(result, stream.first(), dispatcher, stop);
  }

  /** A started shard replay; {@link #maxBuffered} shows the memory bound at work (tests). */
  static final class Running implements RunningReplay {
    private final CompletionStage<ReplayResult> result;
    private final UniqueKillSwitch stream;
    private final SessionDispatcher dispatcher;
    private final ReplayStop stop;

    private Running(
        CompletionStage<ReplayResult> result,
        UniqueKillSwitch stream,
        SessionDispatcher dispatcher,
        ReplayStop stop) {
      this.result = result;
      this.stream = stream;
      this.dispatcher = dispatcher;
      this.stop = stop;
    }

    @Override
    public CompletionStage<ReplayResult> result() {
      return result;
    }

    @Override
    public void cancel() {
      CancellationException cancelled = new CancellationException("replay cancelled");
      stream.abort(cancelled);
      dispatcher.fail(cancelled);
    }

    @Override
    public void stop() {
      // Releases what waits first, then ends the input: the events still on their way are
      // dropped by their sessions, and the dispatcher ends as if the capture had ended here.
      stop.stop();
      stream.shutdown();
    }

    /** The most events read from the stream and not yet replayed at any one time. */
    int maxBuffered() {
      return dispatcher.maxBuffered();
    }
  }
}
