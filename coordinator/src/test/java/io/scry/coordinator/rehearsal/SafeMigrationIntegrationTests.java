package io.scry.coordinator.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.testsupport.PostgresExtension;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The safe ways to make the same changes, rehearsed under the same traffic, five times each: none
 * may ever show an exclusive hold or blocked traffic beyond what a catalog-only change costs. Each
 * repetition undoes its change after the monitor stopped, so that they share one database.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SafeMigrationIntegrationTests {
  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  /**
   * A catalog-only change holds its lock for a few milliseconds, plus the wait for the statements
   * running when it asked (the traffic's scan takes some tens of milliseconds).
   */
  private static final long SAFE_MS = 200;

  private static String database;

  @BeforeAll
  static void databases() throws Exception {
    OrdersDatabase.createTemplate(PG);
    database = OrdersDatabase.cloneTemplate(PG);
  }

  @AfterAll
  static void drop() throws Exception {
    OrdersDatabase.drop(PG, database);
  }

  @RepeatedTest(5)
  void addNullableColumnWithoutDefault() throws Exception {
    Rehearsal.Outcome outcome =
        Rehearsal.run(PG, database, "ALTER TABLE orders ADD COLUMN region int");
    PG.execute(database, "ALTER TABLE orders DROP COLUMN region");
    assertSafe(outcome);
  }

  @RepeatedTest(5)
  void createIndexConcurrently() throws Exception {
    Rehearsal.Outcome outcome =
        Rehearsal.run(
            PG, database, "CREATE INDEX CONCURRENTLY orders_customer ON orders (customer)");
    PG.execute(database, "DROP INDEX orders_customer");
    assertSafe(outcome);
    assertSawTheMigrationHold(outcome, LockMode.SHARE_UPDATE_EXCLUSIVE);
  }

  @RepeatedTest(5)
  void checkConstraintNotValidThenValidatedInItsOwnTransaction() throws Exception {
    Rehearsal.Outcome outcome =
        Rehearsal.run(
            PG,
            database,
            "ALTER TABLE orders ADD CONSTRAINT note_is_md5"
                + " CHECK (length(md5(md5(md5(note)))) = 32) NOT VALID",
            "ALTER TABLE orders VALIDATE CONSTRAINT note_is_md5");
    PG.execute(database, "ALTER TABLE orders DROP CONSTRAINT note_is_md5");
    assertSafe(outcome);
    // The scan of the one-step CHECK, but under a lock that lets reads and writes through (the
    // NOT VALID step's brief ACCESS EXCLUSIVE may be seen too).
    RelationLock orders = outcome.analysis().relationLock("orders");
    assertNotNull(orders, "the monitor saw the migration's lock: " + outcome.analysis());
    assertTrue(orders.strongestMode().compareTo(LockMode.SHARE_UPDATE_EXCLUSIVE) >= 0);
    assertTrue(outcome.migrationMillis() > SAFE_MS, outcome.migrationMillis() + " ms");
  }

  @RepeatedTest(5)
  void noOp() throws Exception {
    Rehearsal.Outcome outcome = Rehearsal.run(PG, database, "SELECT pg_sleep(0.2)");
    assertSafe(outcome);
    assertNotNull(outcome.analysis().migration(), "the monitor saw the migration run");
    assertTrue(outcome.analysis().relationLocks().isEmpty(), outcome.analysis().toString());
    assertTrue(outcome.analysis().blockedPatterns().isEmpty(), outcome.analysis().toString());
  }

  private static void assertSafe(Rehearsal.Outcome outcome) {
    LockAnalysis analysis = outcome.analysis();
    assertTrue(outcome.traffic() > 100, "the traffic ran: " + outcome.traffic());
    for (RelationLock lock : analysis.relationLocks()) {
      assertTrue(lock.longestBlockingMs() < SAFE_MS, lock.toString());
      assertTrue(lock.accessExclusiveMs() < SAFE_MS, lock.toString());
    }
    for (BlockedPattern pattern : analysis.blockedPatterns()) {
      assertTrue(pattern.maxBlockedMs() < SAFE_MS, pattern.toString());
    }
    assertTrue(analysis.maxBlockedMs() < SAFE_MS);
    assertTrue(analysis.maxAccessExclusiveMs() < SAFE_MS);
  }

  private static void assertSawTheMigrationHold(Rehearsal.Outcome outcome, LockMode mode) {
    RelationLock orders = outcome.analysis().relationLock("orders");
    assertNotNull(orders, "the monitor saw the migration's lock: " + outcome.analysis());
    assertEquals(mode, orders.strongestMode());
  }
}
