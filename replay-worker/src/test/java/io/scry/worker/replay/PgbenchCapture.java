package io.scry.worker.replay;

import io.scry.testsupport.PostgresExtension;

/**
 * Captures shaped like pgbench's default (TPC-B like) workload, where every transaction updates the
 * one row of its branch, so sessions queue on that row lock.
 */
final class PgbenchCapture {

  /** Statements per transaction: BEGIN, 3 UPDATEs, SELECT, INSERT, END. */
  static final int STATEMENTS_PER_TRANSACTION = 7;

  private PgbenchCapture() {}

  /** A fresh database with {@code branches} branches, 10 tellers and 1000 accounts each. */
  static String database(PostgresExtension pg, String name, int branches) throws Exception {
    String db = pg.createDatabase(name);
    pg.execute(
        db,
        "CREATE TABLE pgbench_branches (bid int PRIMARY KEY, bbalance int NOT NULL)",
        "CREATE TABLE pgbench_tellers (tid int PRIMARY KEY, bid int, tbalance int NOT NULL)",
        "CREATE TABLE pgbench_accounts (aid int PRIMARY KEY, bid int, abalance int NOT NULL)",
        "CREATE TABLE pgbench_history (tid int, bid int, aid int, delta int, mtime timestamp)",
        "INSERT INTO pgbench_branches SELECT b, 0 FROM generate_series(1, " + branches + ") b",
        "INSERT INTO pgbench_tellers SELECT t, (t - 1) / 10 + 1, 0"
            + " FROM generate_series(1, 10 * "
            + branches
            + ") t",
        "INSERT INTO pgbench_accounts SELECT a, (a - 1) / 1000 + 1, 0"
            + " FROM generate_series(1, 1000 * "
            + branches
            + ") a");
    return db;
  }

  /**
   * Adds one pgbench transaction on branch {@code bid} starting {@code atMillis} after the capture
   * start, one statement per ms; the END comes {@code endDelayMillis} after the INSERT.
   */
  static void transaction(
      CaptureScript.Session session, long atMillis, int bid, int n, long endDelayMillis) {
    int aid = (bid - 1) * 1000 + 1 + Math.floorMod(n * 37, 1000);
    int tid = (bid - 1) * 10 + 1 + Math.floorMod(n, 10);
    int delta = 1 + Math.floorMod(n * 13, 100);
    session
        .simple(atMillis, "BEGIN")
        .simple(
            atMillis + 1,
            "UPDATE pgbench_accounts SET abalance = abalance + " + delta + " WHERE aid = " + aid)
        .simple(atMillis + 2, "SELECT abalance FROM pgbench_accounts WHERE aid = " + aid)
        .simple(
            atMillis + 3,
            "UPDATE pgbench_tellers SET tbalance = tbalance + " + delta + " WHERE tid = " + tid)
        .simple(
            atMillis + 4,
            "UPDATE pgbench_branches SET bbalance = bbalance + " + delta + " WHERE bid = " + bid)
        .simple(
            atMillis + 5,
            "INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES ("
                + tid
                + ", "
                + bid
                + ", "
                + aid
                + ", "
                + delta
                + ", CURRENT_TIMESTAMP)")
        .simple(atMillis + 5 + endDelayMillis, "END");
  }
}
