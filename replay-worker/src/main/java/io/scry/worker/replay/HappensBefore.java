package io.scry.worker.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Keeps the happens-before order the capture shows between the sessions of a shard. A statement
 * starts only once every statement that <em>completed before it started</em> in the capture has
 * completed in the replay; statements that overlapped in the capture may run concurrently, and no
 * think time is kept.
 *
 * <p>Why: without it, sessions race ahead of each other, so work that the production database
 * serialized (pgbench's updates of its hot branch row, a reader after the writer it saw) is
 * replayed in another order: the replay makes its own lock waits, deadlocks and aborted
 * transactions, which are no property of the migration. With it, a session waiting on another's row
 * lock in the replay waited on it in production too, and the holder's next statement never waits
 * for the waiter.
 *
 * <p>It cannot deadlock by itself: a statement only waits for statements that completed before it
 * started, so every wait points to a statement earlier in the capture's order, and every such
 * statement has been read from the stream (the stream is in that order; see docs/REPLAY.md for the
 * one exception, events late beyond the reorder window, which are not waited for). Together with
 * the database it can: when the replay's interleaving makes a statement wait for a lock it did not
 * wait for in production (or the capture's clocks disagree with the order the database granted its
 * locks in), a statement held back here can be the one that would release that lock. So a statement
 * that has run much longer than it did in production ({@link #detach}) stops holding others back.
 * Only statements read and not yet completed are held: the memory is bounded by the shard buffer.
 * Guarded by the {@link SessionDispatcher}'s lock.
 */
final class HappensBefore {

  private record Parked(long start, long arrival, SessionReplayer session) {}

  /** Captured end time → how many statements with that end are read and not completed. */
  private final TreeMap<Long, Integer> openEnds = new TreeMap<>();

  private final PriorityQueue<Parked> parked =
      new PriorityQueue<>(
          Comparator.comparingLong(Parked::start).thenComparingLong(Parked::arrival));
  private long arrivals;

  /** A statement was read: later statements that started after its captured end wait for it. */
  void read(ReplayEvent statement) {
    openEnds.merge(statement.capturedEnd(), 1, Integer::sum);
  }

  /** Whether {@code statement} may start: no statement that ended before its start is open. */
  boolean mayStart(ReplayEvent statement) {
    return mayStartAt(statement.orderKey());
  }

  /** {@code session} waits until its next statement, which started at {@code start}, may start. */
  void park(SessionReplayer session, ReplayEvent next) {
    parked.add(new Parked(next.orderKey(), arrivals++, session));
  }

  /**
   * A read statement completed (or was skipped).
   *
   * @param detached it was {@link #detach detached} while it ran
   * @return the parked sessions whose next statement may start now, to be resumed by the caller
   */
  List<SessionReplayer> completed(ReplayEvent statement, boolean detached) {
    if (!detached) {
      forget(statement);
    }
    return releasable();
  }

  /**
   * A running statement no longer holds later statements back: it has run far longer than it did in
   * production, so it presumably waits on a lock that only a statement held back here would
   * release. Call {@link #releasable} next.
   */
  void detach(ReplayEvent statement) {
    forget(statement);
  }

  /** Takes the parked sessions whose next statement may start now. */
  List<SessionReplayer> releasable() {
    List<SessionReplayer> released = new ArrayList<>();
    while (!parked.isEmpty() && mayStartAt(parked.peek().start())) {
      released.add(parked.poll().session());
    }
    return released;
  }

  /** Sessions waiting for the statements before theirs. */
  int parked() {
    return parked.size();
  }

  void clear() {
    openEnds.clear();
    parked.clear();
  }

  private void forget(ReplayEvent statement) {
    openEnds.computeIfPresent(statement.capturedEnd(), (end, n) -> n == 1 ? null : n - 1);
  }

  private boolean mayStartAt(long start) {
    return openEnds.isEmpty() || openEnds.firstKey() >= start;
  }
}
