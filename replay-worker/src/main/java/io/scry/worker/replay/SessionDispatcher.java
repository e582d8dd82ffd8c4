package io.scry.worker.replay;

import io.scry.protocol.replay.SessionKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.apache.pekko.Done;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demultiplexes a shard's event stream (in capture order) into per-session queues and runs each
 * session's events one after the other, sessions concurrently. A session's next statement also
 * waits for the statements of other sessions that the capture shows completed before it started
 * ({@link HappensBefore}): in STRESS mode, where nothing else orders them, and in TIMED mode, where
 * a statement that is due may still wait for a slower one that preceded it.
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
 * <p>A session ends when its captured end is replayed, or when the stream ends. An event of a
 * session that has already ended (a capture can hold a statement after its session's end) is
 * skipped and counted, never replayed on a new connection in the middle of a transaction.
 *
 * <p>With a connection cap, a session beyond the cap waits for a slot with its events buffered; if
 * no session can progress, the replay fails with a message asking for a larger cap instead of
 * hanging. Anything thrown while dispatching fails the replay with a message naming the session and
 * the event: nothing is lost on a timer or driver thread.
 */
final class SessionDispatcher {

  private static final Logger log = LoggerFactory.getLogger(SessionDispatcher.class);

  /** Ended sessions remembered to recognize their stray events (a bounded, recent set). */
  static final int REMEMBERED_ENDED_SESSIONS = 65_536;

  private final SessionReplayer.Replay replay;
  private final int maxConnections;
  private final int shardBuffer;
  private final long orderGraceNanos;
  private final CompletableFuture<Void> done = new CompletableFuture<>();

  // Guarded by this.
  private final Map<SessionKey, SessionReplayer> sessions = new HashMap<>();
  private final Map<SessionKey, Boolean> ended =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SessionKey, Boolean> eldest) {
          return size() > REMEMBERED_ENDED_SESSIONS;
        }
      };
  private final ArrayDeque<SessionReplayer> waitingForSlot = new ArrayDeque<>();
  private final HappensBefore happensBefore;
  private int slotsInUse;
  private int buffered;
  private int maxBuffered;
  private boolean warnedFull;
  private boolean warnedAfterEnd;
  private int busy;
  private long progress;
  private ReplayEvent pending;
  private CompletableFuture<Done> pendingAccepted;
  private boolean inputFinished;
  private Throwable failure;

  SessionDispatcher(SessionReplayer.Replay replay, ReplayLimits limits) {
    this.replay = replay;
    this.maxConnections = replay.settings().maxConnections();
    this.shardBuffer = limits.shardBuffer();
    this.orderGraceNanos = limits.orderGrace().toNanos();
    this.happensBefore = new HappensBefore();
    long every = Math.max(500_000, orderGraceNanos / 2);
    replay.timer().scheduleWithFixedDelay(this::detachOverdue, every, every, TimeUnit.NANOSECONDS);
  }

  /** The most events buffered at once so far. */
  synchronized int maxBuffered() {
    return maxBuffered;
  }

  /** Events that sessions have finished so far: a watchdog compares it over time. */
  synchronized long progress() {
    return progress;
  }

  /** What the replay waits on right now, in words, for a watchdog's report. */
  synchronized String describeWaits() {
    StringBuilder text = new StringBuilder();
    text.append(sessions.size())
        .append(" sessions open, ")
        .append(busy - parked())
        .append(" running a statement, ")
        .append(parked())
        .append(" waiting for earlier statements of other sessions, ")
        .append(waitingForSlot.size())
        .append(" waiting for a connection slot; ")
        .append(buffered)
        .append(" events buffered")
        .append(pending != null ? " (buffer full, reading paused)" : "");
    long now = System.nanoTime();
    sessions.values().stream()
        .filter(s -> s.sentAtNanos != 0 && s.current != null)
        .sorted(Comparator.comparingLong(s -> s.sentAtNanos))
        .limit(5)
        .forEach(
            s ->
                text.append("\n  session ")
                    .append(s.key)
                    .append(" has run #")
                    .append(s.current.event().getSequence())
                    .append(" for ")
                    .append((now - s.sentAtNanos) / 1_000_000_000L)
                    .append(" s: ")
                    .append(abbreviate(s.current.event().getStatement().getSql())));
    return text.toString();
  }

  /**
   * Whether the replay waits on something rather than on the schedule: a statement in the database,
   * sessions waiting for other sessions' statements, or a full buffer.
   */
  synchronized boolean waitingOnWork() {
    return pending != null
        || parked() > 0
        || sessions.values().stream().anyMatch(s -> s.sentAtNanos != 0);
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
      if (ended.containsKey(event.session())) {
        warnAfterEndOnce(event);
        replay.stats().recordSkipped();
        return CompletableFuture.completedFuture(Done.getInstance());
      }
      if (tryEnqueue(event)) {
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
      happensBefore.clear();
    }
    replay.connections().closeAll();
    if (blocked != null) {
      blocked.completeExceptionally(cause);
    }
    done.completeExceptionally(cause);
  }

  private SessionReplayer sessionFor(SessionKey key) {
    SessionReplayer session = sessions.get(key);
    if (session == null) {
      session = new SessionReplayer(key, replay);
      sessions.put(key, session);
      requestSlot(session);
    }
    return session;
  }

  private void requestSlot(SessionReplayer session) {
    if (maxConnections == 0 || slotsInUse < maxConnections) {
      session.hasConnectionSlot = true;
      slotsInUse++;
    } else {
      waitingForSlot.add(session);
    }
  }

  private boolean tryEnqueue(ReplayEvent event) {
    if (buffered >= shardBuffer) {
      return false;
    }
    SessionReplayer session = sessionFor(event.session());
    session.queue.add(event);
    if (event.isStatement()) {
      if (session.stuck) {
        session.detachedThrough = event.event().getSequence();
      } else {
        happensBefore.read(event);
      }
    }
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

  /** Replays the session's next event, then goes on with the one after. */
  private void step(SessionReplayer session) {
    ReplayEvent event;
    CompletableFuture<Done> accepted = null;
    try {
      synchronized (this) {
        if (failure != null) {
          return;
        }
        event = session.queue.peek();
        if (event.isStatement() && !happensBefore.mayStart(event)) {
          happensBefore.park(session, event);
          checkStalled();
          return;
        }
        session.queue.poll();
        session.current = event;
        buffered--;
        if (pending != null && tryEnqueue(pending)) {
          accepted = pendingAccepted;
          pending = null;
          pendingAccepted = null;
        }
      }
    } catch (RuntimeException e) {
      fail(dispatchFailure(session, session.queue.peek(), e));
      return;
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
    BiConsumer<Void, Throwable> then =
        (ignored, error) -> {
          try {
            if (error != null) {
              Throwable cause = ReplayException.unwrap(error);
              fail(
                  cause instanceof ReplayException || cause instanceof CancellationException
                      ? cause
                      : dispatchFailure(session, event, cause));
            } else {
              stepDone(session, event);
            }
          } catch (RuntimeException e) {
            fail(dispatchFailure(session, event, e));
          }
        };
    if (!replayed.isDone()) {
      replayed.whenComplete(then);
      return;
    }
    // Completed at once (a session's start or end, a skipped statement, everything after a stop):
    // the next event runs on this stack. A long run of such events would overflow it, so past a
    // depth the run goes on from the timer's queue, on a fresh stack.
    int[] depth = INLINE_DEPTH.get();
    if (depth[0] >= MAX_INLINE_DEPTH) {
      CompletableFuture<Void> completed = replayed;
      try {
        replay.timer().execute(() -> completed.whenComplete(then));
      } catch (RejectedExecutionException e) {
        // The replay has ended (failed): its timer is shut down, and nothing is left to run.
      }
      return;
    }
    depth[0]++;
    try {
      replayed.whenComplete(then);
    } finally {
      depth[0]--;
    }
  }

  /** How many events that completed at once one thread's stack holds in a row. */
  private static final int MAX_INLINE_DEPTH = 64;

  private static final ThreadLocal<int[]> INLINE_DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  /**
   * Runs the session's next event on the thread that completed the previous one (usually the
   * connection's event loop): no thread hop per statement. Events that complete at once (skipped or
   * abandoned statements) recurse at most {@link #MAX_INLINE_DEPTH} deep (see {@link #step}).
   * Sessions that waited for this statement go on too.
   */
  private void stepDone(SessionReplayer session, ReplayEvent event) {
    List<SessionReplayer> released = List.of();
    boolean next;
    synchronized (this) {
      if (failure != null) {
        return;
      }
      session.current = null;
      progress++;
      if (event.isStatement()) {
        session.stuck = false;
        released =
            happensBefore.completed(event, event.event().getSequence() <= session.detachedThrough);
      }
      next = !session.queue.isEmpty();
      if (!next) {
        session.busy = false;
        busy--;
        if (session.endedByCapture || inputFinished) {
          end(session);
        }
        completeIfDone();
      }
      if (released.isEmpty()) {
        checkStalled();
      }
    }
    for (SessionReplayer waiting : released) {
      step(waiting);
    }
    if (next) {
      step(session);
    }
  }

  /**
   * A session whose statement has run longer than it did in production (by half its captured
   * duration, and at least {@link ReplayLimits#orderGrace}) is stuck in the database (presumably on
   * a lock that a statement held back here would release, see {@link HappensBefore}) or slower on
   * this target. Its open statements, this one and those queued behind it, stop holding others
   * back, and so do the ones read while it stays stuck: the others have waited as long as
   * production made them wait, and a statement the migration slowed down does not slow down
   * unrelated statements through the replay's ordering. Checked periodically while sessions wait.
   */
  private void detachOverdue() {
    List<SessionReplayer> released;
    synchronized (this) {
      if (failure != null || happensBefore.parked() == 0) {
        return;
      }
      long now = System.nanoTime();
      for (SessionReplayer session : sessions.values()) {
        ReplayEvent running = session.current;
        long sentAt = session.sentAtNanos;
        if (running == null || sentAt == 0 || session.stuck || !running.isStatement()) {
          continue;
        }
        long captured = Math.max(0, running.event().getDurationNanos());
        if (now - sentAt > captured + Math.max(orderGraceNanos, captured / 2)) {
          detach(session, running);
          log.debug(
              "job {}: session {} has run #{} for {} ms (captured: {} ms); other sessions no"
                  + " longer wait for its statements while it is stuck",
              replay.settings().jobId(),
              session.key,
              running.event().getSequence(),
              (now - sentAt) / 1_000_000,
              captured / 1_000_000);
        }
      }
      released = happensBefore.releasable();
    }
    for (SessionReplayer session : released) {
      step(session);
    }
  }

  private void detach(SessionReplayer session, ReplayEvent running) {
    session.stuck = true;
    if (running.event().getSequence() > session.detachedThrough) {
      happensBefore.detach(running);
      session.detachedThrough = running.event().getSequence();
    }
    for (ReplayEvent queued : session.queue) {
      if (queued.isStatement() && queued.event().getSequence() > session.detachedThrough) {
        happensBefore.detach(queued);
        session.detachedThrough = queued.event().getSequence();
      }
    }
  }

  private void end(SessionReplayer session) {
    sessions.remove(session.key);
    if (session.endedByCapture) {
      ended.put(session.key, Boolean.TRUE);
    }
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

  private int parked() {
    return happensBefore.parked();
  }

  private void warnFullOnce() {
    if (!warnedFull) {
      warnedFull = true;
      log.info(
          "job {}: the shard buffer is full ({} events read ahead of the sessions replaying"
              + " them); reading waits until a session takes an event",
          replay.settings().jobId(),
          shardBuffer);
    }
  }

  private void warnAfterEndOnce(ReplayEvent event) {
    if (!warnedAfterEnd) {
      warnedAfterEnd = true;
      log.warn(
          "job {}: session {} has events after its captured end (e.g. #{}); they are skipped and"
              + " counted as skipped statements",
          replay.settings().jobId(),
          event.session(),
          event.event().getSequence());
    }
  }

  /**
   * Fails the replay when nothing can ever progress: no session runs a statement, while events wait
   * to be read or sessions wait for other sessions' statements. Only a connection cap below the
   * number of sessions open at once gets here: the waited-for statements sit in sessions without a
   * connection slot.
   */
  private void checkStalled() {
    if (failure != null || busy - parked() > 0 || (pending == null && parked() == 0)) {
      return;
    }
    String blocked =
        pending != null
            ? "session " + pending.session() + " waits for a connection"
            : parked() + " sessions wait for statements of sessions without a connection";
    // fail() takes this lock again and completes futures: run it outside the caller's lock.
    replay
        .timer()
        .execute(
            () ->
                fail(
                    new ReplayException(
                        "maxConnections="
                            + maxConnections
                            + " is below the number of sessions this shard keeps open at once: "
                            + blocked
                            + " while every running session waits for events behind it; raise"
                            + " maxConnections (0 = unlimited)")));
  }

  private void completeIfDone() {
    // fail() empties the sessions under this lock but fails done after releasing it: without the
    // failure check, a stream ending in between completed a failed replay as an empty success.
    if (failure == null && inputFinished && sessions.isEmpty() && pending == null) {
      done.complete(null);
    }
  }

  private ReplayException dispatchFailure(
      SessionReplayer session, ReplayEvent event, Throwable cause) {
    String what =
        event == null
            ? "between events"
            : "at event #"
                + event.event().getSequence()
                + (event.isStatement()
                    ? " (" + abbreviate(event.event().getStatement().getSql()) + ")"
                    : " (" + event.event().getKindCase() + ")");
    return new ReplayException(
        "the replay of session " + session.key + " failed " + what + ": " + cause, cause);
  }

  private static String abbreviate(String sql) {
    String line = sql.replaceAll("\\s+", " ").strip();
    return line.length() <= 120 ? line : line.substring(0, 117) + "...";
  }
}
