package io.scry.coordinator.rehearsal;

/** How a traffic statement's lock wait came from the migration. */
public enum BlockKind {
  /** It waited for a lock a migration backend held. */
  DIRECT,
  /**
   * It waited in the lock queue behind the migration: behind a lock request of a migration backend
   * that was itself still waiting (requests queue in order, so a waiting ACCESS EXCLUSIVE request
   * stops every later reader), or behind another backend that was waiting on the migration, either
   * way.
   */
  QUEUE
}
