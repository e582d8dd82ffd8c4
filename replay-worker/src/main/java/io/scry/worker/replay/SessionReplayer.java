package io.scry.worker.replay;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.scry.protocol.replay.ReplayMode;
import io.scry.protocol.replay.SessionKey;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Outcome;
import io.scry.protocol.v1.ProtocolKind;
import io.scry.protocol.v1.SessionStart;
import io.scry.protocol.v1.Statement;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Replays one captured session on its own connection, one event at a time, in captured order.
 *
 * <p>The queue and the scheduling flags are guarded by the {@link SessionDispatcher}; the rest is
 * touched only by the session's own chain of steps, which never overlap.
 */
final class SessionReplayer {

  /** TIMED: connect this long before the captured session start, so statements start on time. */
  static final long CONNECT_LEAD_NANOS = 2_000_000_000L;

  /** TIMED: the last stretch before a statement is due is spun, not slept, for precision. */
  static final long SPIN_NANOS = 1_000_000L;

  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  final SessionKey key;
  // Guarded by the dispatcher.
  final ArrayDeque<ReplayEvent> queue = new ArrayDeque<>();
  boolean hasConnectionSlot;
  boolean busy;
  boolean endedByCapture;

  /** The event being replayed, for diagnostics; null between events. */
  ReplayEvent current;

  /**
   * The current statement has run far longer than in production; while it runs, this session's
   * statements hold no other session back ({@link HappensBefore#detach}).
   */
  boolean stuck;

  /** The session's statements up to this sequence are detached; -1 when none. */
  long detachedThrough = -1;

  /** When the current statement was sent to the database (nanoTime), 0 when none is. */
  volatile long sentAtNanos;

  private final Replay replay;
  private CompletableFuture<PostgresqlConnection> connection;
  private boolean abandoned;
  private final ArtifactDetector artifacts = new ArtifactDetector();

  /** The portal whose last Execute was suspended at a row limit, if any. */
  private String suspendedPortal;

  /** What the sessions of one shard replay share. */
  record Replay(
      ReplaySettings settings,
      ReplayClock clock,
      ScheduledExecutorService timer,
      Connections connections,
      StatementRunner runner,
      ShardStats stats,
      ReplayStop stop) {}

  SessionReplayer(SessionKey key, Replay replay) {
    this.key = key;
    this.replay = replay;
  }

  boolean abandoned() {
    return abandoned;
  }

  /** Replays one event; completes when the session may take its next one. */
  CompletableFuture<Void> replay(ReplayEvent event) {
    CaptureEvent captured = event.event();
    if (endedByCapture) {
      // A stray event after the session's captured end: never reopen a connection for it.
      replay.stats().recordSkipped();
      return CompletableFuture.completedFuture(null);
    }
    switch (captured.getKindCase()) {
      case SESSION_START -> {
        if (connection == null && !abandoned && !replay.stop().stopped()) {
          connection = openAt(captured.getStartUnixNanos(), captured.getSessionStart());
        }
        return CompletableFuture.completedFuture(null);
      }
      case SESSION_END -> {
        endedByCapture = true;
        close();
        return CompletableFuture.completedFuture(null);
      }
      case STATEMENT -> {
        return replayStatement(event);
      }
      case GAP -> {
        // Events the proxy could not capture: nothing to replay, and no statement was skipped.
        return CompletableFuture.completedFuture(null);
      }
      default -> {
        replay.stats().recordSkipped();
        return CompletableFuture.completedFuture(null);
      }
    }
  }

  private CompletableFuture<Void> replayStatement(ReplayEvent event) {
    if (replay.stop().stopped()) {
      // The replay was stopped early: what is left is not part of the result.
      return DONE;
    }
    // Before the measure-from instant a statement runs (the later ones may depend on it) but is
    // counted nowhere, not even as skipped.
    boolean measured = replay.settings().measures(event.event().getStartUnixNanos());
    if (event.fingerprint() == null || resumesSuspendedPortal(event.event().getStatement())) {
      if (measured) {
        replay.stats().recordSkipped();
      }
      return DONE;
    }
    if (event.cloneEscape() != null) {
      if (measured) {
        replay.stats().recordCloneEscape(event.cloneEscape());
      }
      return DONE;
    }
    if (abandoned) {
      if (measured) {
        replay
            .stats()
            .recordStatement(
                event,
                StatementOutcome.notReplayed(
                    ToolErrors.SESSION_ABANDONED,
                    "not replayed: the session's connection was lost earlier"),
                false);
      }
      return DONE;
    }
    if (connection == null) {
      // The capture selection began after this session's start: connect now.
      connection = replay.connections().open(SessionStart.getDefaultInstance());
    }
    return connection.thenCompose(
        open -> atDue(event, measured).thenCompose(run -> run ? run(open, event, measured) : DONE));
  }

  private CompletableFuture<Void> run(
      PostgresqlConnection open, ReplayEvent event, boolean measured) {
    sentAtNanos = System.nanoTime();
    return replay
        .runner()
        .run(open, event.event().getStatement())
        .thenAccept(
            outcome -> {
              sentAtNanos = 0;
              boolean artifact = artifacts.isArtifact(event.event().getStatement(), outcome);
              if (measured) {
                replay.stats().recordStatement(event, outcome, artifact);
              }
              if (outcome.connectionLost()) {
                abandoned = true;
                close();
              }
            });
  }

  /**
   * Whether this Execute fetches more rows of a portal suspended at a row limit. The replay ran the
   * portal's first Execute to completion, so later ones are skipped rather than run again.
   */
  private boolean resumesSuspendedPortal(Statement statement) {
    boolean resumes =
        suspendedPortal != null
            && statement.getProtocol() == ProtocolKind.PROTOCOL_EXTENDED
            && statement.getPortalName().equals(suspendedPortal);
    suspendedPortal =
        statement.getOutcome() == Outcome.OUTCOME_SUSPENDED ? statement.getPortalName() : null;
    return resumes;
  }

  /**
   * Completes with true when {@code event} is due and records how late it starts (if {@code
   * measured}); with false as soon as the replay is stopped before. STRESS: everything is due at t0
   * and lag is not recorded.
   */
  private CompletableFuture<Boolean> atDue(ReplayEvent event, boolean measured) {
    long capturedUnixNanos = event.event().getStartUnixNanos();
    ReplaySettings settings = replay.settings();
    boolean timed = settings.mode() == ReplayMode.TIMED;
    long due =
        replay
            .clock()
            .toNanoTime(
                timed ? settings.dueUnixNanos(capturedUnixNanos) : settings.replayStartUnixNanos());
    long sleep = due - SPIN_NANOS - System.nanoTime();
    if (!timed && due - System.nanoTime() <= 0) {
      return CompletableFuture.completedFuture(true);
    }
    CompletableFuture<Boolean> ready = replay.stop().release(new CompletableFuture<>(), false);
    Runnable start =
        () -> {
          long now;
          while ((now = System.nanoTime()) < due) {
            Thread.onSpinWait();
          }
          if (timed && measured && !ready.isDone()) {
            replay.stats().recordScheduleLag(event, (now - due) / 1_000);
          }
          ready.complete(true);
        };
    if (sleep > 0) {
      replay.timer().schedule(start, sleep, TimeUnit.NANOSECONDS);
    } else {
      start.run();
    }
    return ready;
  }

  private CompletableFuture<PostgresqlConnection> openAt(
      long capturedUnixNanos, SessionStart start) {
    ReplaySettings settings = replay.settings();
    long at =
        settings.mode() == ReplayMode.TIMED
            ? replay.clock().toNanoTime(settings.dueUnixNanos(capturedUnixNanos))
                - CONNECT_LEAD_NANOS
            : replay.clock().toNanoTime(settings.replayStartUnixNanos()) - CONNECT_LEAD_NANOS;
    long delay = at - System.nanoTime();
    if (delay <= 0) {
      return replay.connections().open(start);
    }
    CompletableFuture<PostgresqlConnection> opened = new CompletableFuture<>();
    replay
        .timer()
        .schedule(
            () -> {
              try {
                replay
                    .connections()
                    .open(start)
                    .whenComplete(
                        (open, error) -> {
                          if (error == null) {
                            opened.complete(open);
                          } else {
                            opened.completeExceptionally(error);
                          }
                        });
              } catch (RuntimeException e) {
                // On the timer thread nobody would see it: the session's next step fails instead.
                opened.completeExceptionally(e);
              }
            },
            delay,
            TimeUnit.NANOSECONDS);
    return opened;
  }

  /** Closes the session's connection, if any, without waiting. */
  void close() {
    CompletableFuture<PostgresqlConnection> open = connection;
    connection = null;
    if (open != null) {
      open.thenAccept(replay.connections()::close);
    }
  }
}
