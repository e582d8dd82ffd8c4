package io.scry.worker.replay;

import java.time.Duration;

/**
 * The bounds that keep a shard replay from hanging or growing: how many events it buffers, how long
 * a replayed statement may wait for a lock, and how far ahead of schedule TIMED reads.
 *
 * @param shardBuffer events read from the stream but not yet replayed, over all of the shard's
 *     sessions; the stream is back-pressured when it is reached. There is no per-session bound: a
 *     session waiting on the database must never stop the others from receiving their events
 * @param lockTimeout {@code lock_timeout} of every replay connection: a statement that waits this
 *     long for a lock fails with SQLSTATE 55P03 and its session goes on. It ends a wait that the
 *     shard buffer would otherwise turn into a hang (a lock holder whose next statement cannot be
 *     read while the buffer is full); {@link Duration#ZERO} = none
 * @param readAhead TIMED: an event is read from the stream at most this long before it is due, so
 *     the buffer holds the next few seconds of the schedule rather than as much as fits. At least
 *     {@link SessionReplayer#CONNECT_LEAD_NANOS}, so a session's start is read before it connects
 * @param watchdog how long the replay may go without finishing an event, while it waits on work,
 *     before it logs what it waits on ({@link Watchdog}); {@link Duration#ZERO} = never
 * @param orderGrace a statement that has run this much longer than in production (or half its
 *     captured duration longer, if that is more) no longer holds back the statements that started
 *     after it completed in production ({@link HappensBefore}): they have waited as long as in
 *     production, and it may wait on a lock one of them would release
 */
record ReplayLimits(
    int shardBuffer,
    Duration lockTimeout,
    Duration readAhead,
    Duration watchdog,
    Duration orderGrace) {

  static final ReplayLimits DEFAULT =
      new ReplayLimits(
          16_384,
          Duration.ofSeconds(60),
          Duration.ofSeconds(5),
          Duration.ofSeconds(30),
          Duration.ofMillis(2));

  ReplayLimits {
    if (shardBuffer < 1) {
      throw new IllegalArgumentException("shardBuffer must be positive, got " + shardBuffer);
    }
    if (lockTimeout.isNegative()) {
      throw new IllegalArgumentException("lockTimeout must not be negative");
    }
    if (orderGrace.isNegative() || orderGrace.isZero()) {
      throw new IllegalArgumentException("orderGrace must be positive");
    }
    if (watchdog.isNegative()) {
      throw new IllegalArgumentException("watchdog must not be negative");
    }
    if (readAhead.toNanos() < SessionReplayer.CONNECT_LEAD_NANOS) {
      throw new IllegalArgumentException("readAhead must cover the connect lead, got " + readAhead);
    }
  }

  ReplayLimits withShardBuffer(int events) {
    return new ReplayLimits(events, lockTimeout, readAhead, watchdog, orderGrace);
  }

  ReplayLimits withLockTimeout(Duration timeout) {
    return new ReplayLimits(shardBuffer, timeout, readAhead, watchdog, orderGrace);
  }

  ReplayLimits withWatchdog(Duration interval) {
    return new ReplayLimits(shardBuffer, lockTimeout, readAhead, interval, orderGrace);
  }
}
