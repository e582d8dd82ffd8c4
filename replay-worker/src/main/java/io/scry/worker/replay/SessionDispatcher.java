package io.scry.worker.replay;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.Done;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demultiplexes a shard's event stream (ordered by start time) into per-session queues and runs
 * each session's events one after the other, sessions concurrently.
 *
 * <p>Memory stays bounded: the shard buffers at most {@link ReplayLimits#shardBuffer} events; when
 * the buffer is full, {@link #offer} returns an incomplete stage and the stream waits
 * (back-pressure) until any session has taken an event. There is deliberately no per-session bound:
 * a session blocked in the database (e.g. on a row lock) must not keep the other sessions' events,
 * among them the lock holder's next statement, from being read; a per-session bound closed such a
 * wait cycle through our queueing, which the database cannot detect. Only a full shard buffer can
 * still hold a lock holder's next statement back; {@link ReplayLimits#lockTimeout} then ends the
 * wait.
 *
 * <p>With a connection cap, a session beyond the cap waits for a slot with its events buffered; if
 * the stream blocks on a full buffer while no running session has anything left to do, the replay
 * could never progress, so it fails with a message asking for a larger cap instead of hanging.
 */
final class SessionDispatcher {

  private static final Logger log = LoggerFactory.getLogger(SessionDispatcher.class);

  private final SessionReplayer.Replay replay;
  private final int maxConnections;
  private final int shardBuffer;
  private final CompletableFuture<Void> done = new CompletableFuture<>();

  // Guarded by this.
  private final Map<SessionKey, SessionReplayer> sessions = new HashMap<>();
  private final ArrayDeque<SessionReplayer> waitingForSlot = new ArrayDeque<>();
  private int slotsInUse;
  private int buffered;
  private int maxBuffered;
  private boolean warnedFull;
  private int busy;
  private ReplayEvent pending;
  private CompletableFuture<Done> pendingAccepted;
  private boolean inputFinished;
  private Throwable failure;

  SessionDispatcher(SessionReplayer.Replay replay, int shardBuffer) {
    this.replay = replay;
    this.maxConnections = replay.settings().maxConnections();
    this.shardBuffer = shardBuffer;
  }

  /** The most events buffered at once so far. */
  synchronized int maxBuffered() {
    return maxBuffered;
  }

  /** Completes when every session has ended, or fails with the replay's failure. */
  CompletableFuture<Void> done() {
    return done;
  }

  /** Accepts the next event of the stream; completes once there is room for it. */
  CompletionStage<Done> offer(ReplayEvent event) {
    synchronized (this) {
      if (failure != null) {
        return CompletableFuture.failedFuture(failure);
      }
      SessionReplayer session = sessions.get(event.session());
      if (session == null) {
        session = new SessionReplayer(event.session(), replay);
        sessions.put(event.session(), session);
        requestSlot(session);
      }
      if (tryEnqueue(session, event)) {
        return CompletableFuture.completedFuture(Done.getInstance());
      }
      pending = event;
      pendingAccepted = new CompletableFuture<>();
      CompletableFuture<Done> accepted = pendingAccepted;
      warnFullOnce();
      checkStalled();
      return accepted;
    }
  }

  /** The stream has ended: sessions end once they have replayed what they hold. */
  void inputFinished() {
    synchronized (this) {
      inputFinished = true;
      for (SessionReplayer session : new ArrayList<>(sessions.values())) {
        if (!session.busy && session.queue.isEmpty()) {
          end(session);
        }
      }
      completeIfDone();
    }
  }

  /** Stops the replay: closes every connection and fails {@link #done} and the stream. */
  void fail(Throwable cause) {
    CompletableFuture<Done> blocked;
    synchronized (this) {
      if (failure != null) {
        return;
      }
      failure = cause;
      blocked = pendingAccepted;
      pending = null;
      pendingAccepted = null;
      sessions.clear();
      waitingForSlot.clear();
    }
    replay.connections().closeAll();
    if (blocked != null) {
      blocked.completeExceptionally(cause);
    }
    done.completeExceptionally(cause);
  }

  private void requestSlot(SessionReplayer session) {
    if (maxConnections == 0 || slotsInUse < maxConnections) {
      session.hasConnectionSlot = true;
      slotsInUse++;
    } else {
      waitingForSlot.add(session);
    }
  }

  private boolean tryEnqueue(SessionReplayer session, ReplayEvent event) {
    if (buffered >= shardBuffer) {
      return false;
    }
    session.queue.add(event);
    buffered++;
    maxBuffered = Math.max(maxBuffered, buffered);
    startIfRunnable(session);
    return true;
  }

  private void startIfRunnable(SessionReplayer session) {
    if (session.hasConnectionSlot && !session.busy && !session.queue.isEmpty()) {
      session.busy = true;
      busy++;
      replay.timer().execute(() -> step(session));
    }
  }

  /** Replays the session's next event, then schedules the one after. */
  private void step(SessionReplayer session) {
    ReplayEvent event;
    CompletableFuture<Done> accepted = null;
    synchronized (this) {
      if (failure != null) {
        return;
      }
      event = session.queue.poll();
      buffered--;
      if (pending != null && tryEnqueue(sessions.get(pending.session()), pending)) {
        accepted = pendingAccepted;
        pending = null;
        pendingAccepted = null;
      }
    }
    if (accepted != null) {
      accepted.complete(Done.getInstance());
    }
    CompletableFuture<Void> replayed;
    try {
      replayed = session.replay(event);
    } catch (RuntimeException e) {
      replayed = CompletableFuture.failedFuture(e);
    }
    replayed.whenComplete(
        (ignored, error) -> {
          if (error != null) {
            fail(ReplayException.unwrap(error));
          } else {
            stepDone(session);
          }
        });
  }

  /**
   * Runs the session's next event on the thread that completed the previous one (usually the
   * connection's event loop): no thread hop per statement. Events that complete at once (skipped or
   * abandoned statements) recurse at most a queue's length deep.
   */
  private void stepDone(SessionReplayer session) {
    synchronized (this) {
      if (failure != null) {
        return;
      }
      if (session.queue.isEmpty()) {
        session.busy = false;
        busy--;
        if (session.endedByCapture || inputFinished) {
          end(session);
        }
        checkStalled();
        completeIfDone();
        return;
      }
    }
    step(session);
  }

  private void end(SessionReplayer session) {
    sessions.remove(session.key);
    session.close();
    replay.stats().recordSessionEnd(session.abandoned());
    if (session.hasConnectionSlot) {
      session.hasConnectionSlot = false;
      slotsInUse--;
      SessionReplayer next = waitingForSlot.poll();
      if (next != null) {
        next.hasConnectionSlot = true;
        slotsInUse++;
        startIfRunnable(next);
      }
    }
  }

  private void warnFullOnce() {
    if (!warnedFull) {
      warnedFull = true;
      log.warn(
          "job {}: the shard buffer is full ({} events read ahead of the sessions replaying"
              + " them); reading waits until a session takes an event. Sessions blocked on a lock"
              + " whose holder's next statement is not read yet wait until lock_timeout",
          replay.settings().jobId(),
          shardBuffer);
    }
  }

  private void checkStalled() {
    if (pending != null && busy == 0 && failure == null) {
      SessionKey blocked = pending.session();
      // fail() takes this lock again and completes futures: run it outside the caller's lock.
      replay
          .timer()
          .execute(
              () ->
                  fail(
                      new ReplayException(
                          "maxConnections="
                              + maxConnections
                              + " is below the number of sessions this shard keeps open at once:"
                              + " session "
                              + blocked
                              + " waits for a connection while every running session waits for"
                              + " events behind it; raise maxConnections (0 = unlimited)")));
    }
  }

  private void completeIfDone() {
    if (inputFinished && sessions.isEmpty() && pending == null) {
      done.complete(null);
    }
  }
}
