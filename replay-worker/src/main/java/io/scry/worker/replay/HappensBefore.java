package io.scry.worker.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Keeps the happens-before order the capture shows between the sessions of a shard. A statement
 * starts only once every statement that <em>completed before it started</em> in the capture has
 * completed in the replay, except that reads never wait for reads ({@link ReadOnlyStatements}):
 * reads do not conflict, and a read-mostly capture replays as fast as its own sessions allow.
 * Statements that overlapped in the capture may run concurrently. In STRESS mode no think time is
 * kept; in TIMED mode a statement also waits for its due time.
 *
 * <p>Why: without it, sessions race ahead of each other, so work that the production database
 * serialized (pgbench's updates of its hot branch row, a read after the write it saw) is replayed
 * in another order: the replay makes its own lock waits, deadlocks and aborted transactions, which
 * are no property of the migration. With it, a session waiting on another's row lock in the replay
 * waited on it in production too, and the holder's next statement never waits for the waiter.
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

  private static final Comparator<Parked> EARLIEST_FIRST =
      Comparator.comparingLong(Parked::start).thenComparingLong(Parked::arrival);

  /** Captured end time → how many statements with that end are read and not completed. */
  private final TreeMap<Long, Integer> openEnds = new TreeMap<>();

  /** The same for the statements that are not reads: what a read waits for. */
  private final TreeMap<Long, Integer> openWriteEnds = new TreeMap<>();

  private final PriorityQueue<Parked> parkedReads = new PriorityQueue<>(EARLIEST_FIRST);
  private final PriorityQueue<Parked> parkedWrites = new PriorityQueue<>(EARLIEST_FIRST);
  private long arrivals;

  /** A statement was read: later statements that started after its captured end wait for it. */
  void read(ReplayEvent statement) {
    openEnds.merge(statement.capturedEnd(), 1, Integer::sum);
    if (!statement.readOnly()) {
      openWriteEnds.merge(statement.capturedEnd(), 1, Integer::sum);
    }
  }

  /** Whether {@code statement} may start: nothing it waits for ended before its start. */
  boolean mayStart(ReplayEvent statement) {
    return mayStartAt(statement.orderKey(), statement.readOnly() ? openWriteEnds : openEnds);
  }

  /** {@code session} waits until {@code next}, its next statement, may start. */
  void park(SessionReplayer session, ReplayEvent next) {
    (next.readOnly() ? parkedReads : parkedWrites)
        .add(new Parked(next.orderKey(), arrivals++, session));
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
    release(parkedReads, openWriteEnds, released);
    release(parkedWrites, openEnds, released);
    return released;
  }

  /** Sessions waiting for the statements before theirs. */
  int parked() {
    return parkedReads.size() + parkedWrites.size();
  }

  void clear() {
    openEnds.clear();
    openWriteEnds.clear();
    parkedReads.clear();
    parkedWrites.clear();
  }

  private static void release(
      PriorityQueue<Parked> parked, TreeMap<Long, Integer> waitedFor, List<SessionReplayer> out) {
    while (!parked.isEmpty() && mayStartAt(parked.peek().start(), waitedFor)) {
      out.add(parked.poll().session());
    }
  }

  private void forget(ReplayEvent statement) {
    decrement(openEnds, statement.capturedEnd());
    if (!statement.readOnly()) {
      decrement(openWriteEnds, statement.capturedEnd());
    }
  }

  private static void decrement(TreeMap<Long, Integer> ends, long end) {
    ends.computeIfPresent(end, (key, n) -> n == 1 ? null : n - 1);
  }

  private static boolean mayStartAt(long start, TreeMap<Long, Integer> waitedFor) {
    return waitedFor.isEmpty() || waitedFor.firstKey() >= start;
  }
}
