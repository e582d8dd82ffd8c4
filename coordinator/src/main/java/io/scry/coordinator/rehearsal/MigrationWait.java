package io.scry.coordinator.rehearsal;

import java.util.List;

/**
 * A migration statement waiting for a lock: while it waits, every later conflicting request waits
 * behind it (see {@link BlockKind#QUEUE}), which is why a {@code lock_timeout} belongs before DDL.
 *
 * @param statement the migration statement that waited, as {@code pg_stat_activity} showed it
 * @param lockType {@code pg_locks.locktype} of the lock it waited for (relation, transactionid,
 *     virtualxid, ...); null when the sample had no lock row for it
 * @param relation the relation of that lock, null when it was not on a relation
 * @param mode the mode requested, null when not a table lock mode
 * @param startMillis local wall-clock time of the first sample that saw it waiting
 * @param waitedMs from the first to the last sample that saw it waiting, plus one interval
 * @param blockers the sessions it waited behind, in order of first sight
 */
public record MigrationWait(
    int pid,
    String statement,
    String lockType,
    String relation,
    LockMode mode,
    long startMillis,
    long waitedMs,
    List<Blocker> blockers) {

  public MigrationWait {
    blockers = List.copyOf(blockers);
  }

  /**
   * A session the migration waited behind.
   *
   * @param query what it was running when first seen blocking; for an idle transaction its last
   *     statement
   * @param state its {@code pg_stat_activity.state} then, e.g. {@code idle in transaction}
   * @param migration whether it is one of the migration's own backends
   */
  public record Blocker(
      int pid, String applicationName, String query, String state, boolean migration) {}
}
