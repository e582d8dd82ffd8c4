package io.scry.worker.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.replay.ReplayMode;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ReplayResult;
import io.scry.testsupport.PostgresExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sessions that wait on each other's row locks, as pgbench's sessions do on their branch row: the
 * replay must deliver the lock holder's next statement however many statements the waiters have
 * queued behind the lock, within one shard and across two shards replayed side by side.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class LockContentionReplayIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  private static final ReplayTestSupport REPLAY = new ReplayTestSupport();
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** More statements per waiting session than a session ever queued. */
  private static final int WAITER_TRANSACTIONS = 60;

  /** The lock holder's END comes this late after its branch update (capture clock jitter). */
  private static final long HOLDER_IDLE_MILLIS = 1_500;

  @AfterAll
  static void stop() {
    REPLAY.close();
  }

  /**
   * Session 1 updates the branch row and sends its END late (captured on a proxy whose clock ran
   * late, so the capture order differs from the order the database saw); the other sessions, on the
   * same branch, wait for that row in the replay while hundreds of their statements come before the
   * holder's END in the stream.
   */
  @ParameterizedTest
  @EnumSource(ReplayMode.class)
  void replayDeliversTheLockHoldersCommitPastQueuedWaiters(ReplayMode mode) throws Exception {
    String db = PgbenchCapture.database(PG, "pgbench" + DATABASES.incrementAndGet(), 1);
    CaptureScript capture = new CaptureScript();
    holderAndWaiters(capture, "p1", 1, 1, 3, mode == ReplayMode.STRESS);

    ReplayResult result = replay(capture.events(), settings(db, mode));

    assertReplayedEverything(result, 1 + 3 * WAITER_TRANSACTIONS);
    assertBalancesAddUp(db, 1 + 3 * WAITER_TRANSACTIONS);
  }

  /**
   * Two workers: each shard holds one branch's lock holder and a session waiting on the other
   * branch, so each shard's waiter waits on the other shard's holder.
   */
  @Test
  void twoShardsWaitingOnEachOthersLocksBothComplete() throws Exception {
    String db = PgbenchCapture.database(PG, "pgbench" + DATABASES.incrementAndGet(), 2);
    CaptureScript first = new CaptureScript();
    CaptureScript second = new CaptureScript();
    holder(first.session("p1", 1, 0), 1);
    waiter(first.session("p1", 2, 0), 2, false);
    holder(second.session("p2", 3, 0), 2);
    waiter(second.session("p2", 4, 0), 1, false);
    ReplaySettings settings = settings(db, ReplayMode.TIMED);

    CompletableFuture<ReplayResult> a =
        REPLAY.start(first.events(), settings).result().toCompletableFuture();
    CompletableFuture<ReplayResult> b =
        REPLAY.start(second.events(), settings).result().toCompletableFuture();

    assertReplayedEverything(a.get(40, TimeUnit.SECONDS), 1 + WAITER_TRANSACTIONS);
    assertReplayedEverything(b.get(40, TimeUnit.SECONDS), 1 + WAITER_TRANSACTIONS);
    assertBalancesAddUp(db, 2 + 2 * WAITER_TRANSACTIONS);
  }

  /**
   * pgbench's own shape, nothing contrived: four sessions on one branch, a transaction every 8 ms
   * each, replayed in STRESS mode. The sessions take turns on the row in whatever order the lock
   * grants it and drift apart from the captured interleaving; with a per-session queue bound that
   * drift made a waiter's full queue hold back the holder's END (this hung before the fix).
   */
  @Test
  void pgbenchSessionsOnOneBranchInStressModeComplete() throws Exception {
    String db = PgbenchCapture.database(PG, "pgbench" + DATABASES.incrementAndGet(), 1);
    CaptureScript capture = new CaptureScript();
    int sessions = 4;
    int transactions = 400;
    for (int s = 1; s <= sessions; s++) {
      CaptureScript.Session session = capture.session("p1", s, 0);
      for (int n = 0; n < transactions; n++) {
        PgbenchCapture.transaction(session, 10 + n * 8L + s, 1, n * sessions + s, 0);
      }
      session.end(20 + transactions * 8L);
    }

    ReplayResult result = replay(capture.events(), settings(db, ReplayMode.STRESS));

    assertReplayedEverything(result, sessions * transactions);
    assertBalancesAddUp(db, sessions * transactions);
  }

  /**
   * When the shard buffer is full of a waiting session's statements, the holder's END cannot be
   * read until the waiter takes more: lock_timeout ends each such wait (55P03 in the waiter's
   * pattern, its transaction rolls back) until the END is read, instead of a silent hang. The lock
   * timeouts and the aborted transactions' statements are replay artifacts, not errors.
   */
  @Test
  void fullShardBufferEndsInLockTimeoutsInsteadOfAHang() throws Exception {
    String db = PgbenchCapture.database(PG, "pgbench" + DATABASES.incrementAndGet(), 1);
    CaptureScript capture = new CaptureScript();
    holder(capture.session("p1", 1, 0), 1);
    waiter(capture.session("p1", 2, 0), 1, true);
    ReplayLimits tight =
        ReplayLimits.DEFAULT.withShardBuffer(32).withLockTimeout(Duration.ofMillis(50));

    ReplayResult result =
        REPLAY
            .start(capture.events(), settings(db, ReplayMode.STRESS), tight)
            .result()
            .toCompletableFuture()
            .get(40, TimeUnit.SECONDS);

    PatternResult branchUpdates =
        ReplayTestSupport.pattern(
            result, "UPDATE pgbench_branches SET bbalance = bbalance + 1 WHERE bid = 1");
    assertEquals(1 + WAITER_TRANSACTIONS, branchUpdates.getCount());
    // A transaction stops at its first 55P03 (the rest get 25P02) and rolls back at END.
    long timedOut =
        result.getPatternsList().stream()
            .mapToLong(p -> ReplayTestSupport.artifactsBySqlstate(p).getOrDefault("55P03", 0L))
            .sum();
    long inAbortedTransactions =
        result.getPatternsList().stream()
            .mapToLong(p -> ReplayTestSupport.artifactsBySqlstate(p).getOrDefault("25P02", 0L))
            .sum();
    assertTrue(inAbortedTransactions >= timedOut, "25P02 artifacts: " + inAbortedTransactions);
    assertEquals(
        0, result.getPatternsList().stream().mapToLong(PatternResult::getErrorCount).sum());
    // The capture says every waiter transaction completed before the holder's END, so STRESS keeps
    // the END behind them: each of them may wait out its lock timeout.
    assertTrue(timedOut > 0 && timedOut <= WAITER_TRANSACTIONS, "lock timeouts: " + timedOut);
    assertBalancesAddUp(db, 1 + WAITER_TRANSACTIONS - (int) timedOut);
  }

  private static void holderAndWaiters(
      CaptureScript capture, String proxy, long firstId, int bid, int waiters, boolean stress) {
    holder(capture.session(proxy, firstId, 0), bid);
    for (int w = 1; w <= waiters; w++) {
      waiter(capture.session(proxy, firstId + w, 0), bid, stress);
    }
  }

  private static void holder(CaptureScript.Session session, int bid) {
    PgbenchCapture.transaction(session, 10, bid, 0, HOLDER_IDLE_MILLIS);
    session.end(HOLDER_IDLE_MILLIS + 100);
  }

  /**
   * Transactions on {@code bid} from 20 ms on, all captured before the holder's END. In STRESS
   * every statement is due at once: a short sleep first lets the holder take the row.
   */
  private static void waiter(CaptureScript.Session session, int bid, boolean stress) {
    if (stress) {
      session.simple(19, "SELECT pg_sleep(0.3)");
    }
    for (int n = 0; n < WAITER_TRANSACTIONS; n++) {
      PgbenchCapture.transaction(session, 20 + n * 20L, bid, n + 1, 0);
    }
    session.end(HOLDER_IDLE_MILLIS + 200);
  }

  private static ReplaySettings settings(String db, ReplayMode mode) {
    // No statement timeout, as the worker's default: only the replay's own bounds end a lock wait.
    return new ReplaySettings(
        "job-1",
        1,
        PG.url(db),
        mode,
        1.0,
        CaptureScript.CAPTURE_START,
        ReplayTestSupport.unixNanos(Instant.now()) + 500_000_000L,
        0,
        Duration.ZERO);
  }

  private static ReplayResult replay(List<CaptureEvent> events, ReplaySettings settings)
      throws Exception {
    return REPLAY.start(events, settings).result().toCompletableFuture().get(40, TimeUnit.SECONDS);
  }

  private static void assertReplayedEverything(ReplayResult result, int transactions) {
    long statements =
        result.getPatternsList().stream()
            .filter(p -> !p.getSampleSql().startsWith("SELECT pg_sleep"))
            .mapToLong(PatternResult::getCount)
            .sum();
    assertEquals(
        (long) transactions * PgbenchCapture.STATEMENTS_PER_TRANSACTION, statements, "statements");
    long errors = result.getPatternsList().stream().mapToLong(PatternResult::getErrorCount).sum();
    assertEquals(0, errors, () -> "errors in " + result.getPatternsList());
  }

  /** Every transaction committed once: history rows, and the branches' total equals theirs. */
  private static void assertBalancesAddUp(String db, int transactions) throws Exception {
    try (Connection c = PG.connect(db);
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT (SELECT count(*) FROM pgbench_history),"
                        + " (SELECT sum(bbalance) FROM pgbench_branches)"
                        + "   = (SELECT sum(delta) FROM pgbench_history)")) {
      assertTrue(rs.next());
      assertEquals(transactions, rs.getInt(1), "transactions committed");
      assertTrue(rs.getBoolean(2), "branch balances add up to the history");
    }
  }
}
