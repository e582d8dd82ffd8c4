package io.scry.coordinator.migration;

import io.scry.coordinator.rehearsal.RelationLock;
import java.util.ArrayList;
import java.util.List;

/**
 * The safe rewrite of a migration statement that the rehearsal caught blocking the traffic, in
 * words: what the statement's text says it does ({@link LockWarnings.Kind}) and how it took part in
 * the lock risk.
 */
final class MigrationAdvice {
  static final String LOCK_TIMEOUT =
      "SET lock_timeout = '2s' before the DDL (and retry when it times out): while a DDL waits for"
          + " its lock, every later query on the table queues behind it";

  private MigrationAdvice() {}

  /**
   * @param took the risky lock it took itself, or null
   * @param heldFor the risky lock of an earlier statement of its transaction that it prolonged, or
   *     null
   * @param waited whether it waited for a lock while the traffic queued
   */
  static List<String> of(String sql, RelationLock took, RelationLock heldFor, boolean waited) {
    List<String> advice = new ArrayList<>();
    LockWarnings.Kind kind = LockWarnings.kind(sql);
    if (heldFor != null) {
      advice.add(
          kind == LockWarnings.Kind.DATA_CHANGE
              ? "backfill outside the DDL's transaction: commit the DDL first, then update in"
                  + " batches of a few thousand rows, each batch in its own transaction; inside the"
                  + " DDL's transaction it keeps "
                  + heldFor.longestBlockingMode().label()
                  + " on "
                  + heldFor.relation()
                  + " for its whole duration"
              : "run it in a transaction of its own: in the transaction holding "
                  + heldFor.longestBlockingMode().label()
                  + " on "
                  + heldFor.relation()
                  + " it keeps the traffic out for its whole duration");
    }
    if (took != null) {
      advice.add(rewrite(kind, took));
    }
    if (took != null || waited) {
      advice.add(LOCK_TIMEOUT);
    }
    return advice;
  }

  private static String rewrite(LockWarnings.Kind kind, RelationLock lock) {
    return switch (kind) {
      case INDEX_BUILD ->
          "CREATE INDEX CONCURRENTLY (outside a transaction block): reads and writes go on while it"
              + " builds";
      case VALIDATED_CONSTRAINT ->
          "ADD CONSTRAINT ... NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT ... in its own"
              + " transaction: the validation takes SHARE UPDATE EXCLUSIVE, which lets reads and"
              + " writes go on";
      case SET_NOT_NULL ->
          "ADD CONSTRAINT ... CHECK (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in its own"
              + " transaction, then SET NOT NULL (PostgreSQL 12+ uses the valid CHECK instead of"
              + " scanning) and drop the CHECK";
      case TYPE_CHANGE, VOLATILE_DEFAULT, WHOLE_TABLE ->
          "add a new column, backfill it in batches outside the DDL's transaction, then swap the"
              + " columns in one short transaction, instead of rewriting "
              + lock.relation()
              + " under ACCESS EXCLUSIVE";
      case DATA_CHANGE, OTHER ->
          "commit right after it: its "
              + lock.longestBlockingMode().label()
              + " lock on "
              + lock.relation()
              + " is held until its transaction ends";
    };
  }
}
