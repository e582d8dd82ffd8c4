package io.scry.coordinator.rehearsal;

/**
 * The lock a backend is waiting for: its ungranted row of {@code pg_locks}.
 *
 * @param lockType {@code pg_locks.locktype}: relation, transactionid, tuple, virtualxid, ...
 * @param relation null unless the lock is on (a part of) a relation
 * @param mode null for a mode that is not a table lock mode
 */
record WaitedLock(String lockType, Relation relation, LockMode mode) {

  /** Whether the wait is for a lock on a whole relation, the kind DDL takes. */
  boolean onRelation() {
    return "relation".equals(lockType) && relation != null && mode != null;
  }
}
