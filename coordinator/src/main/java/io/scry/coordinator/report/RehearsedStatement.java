package io.scry.coordinator.report;

import io.scry.coordinator.rehearsal.MigrationWait;
import io.scry.coordinator.rehearsal.RelationLock;
import java.util.List;

/**
 * One statement of the migration as the rehearsal saw it under traffic.
 *
 * @param statement what the capturing proxy recorded of it (text, start, duration, outcome)
 * @param locks the relation locks it took (granted while it ran), with their longest holds; a lock
 *     is held until its transaction ends, so later statements of the transaction prolong it
 * @param heldBy the locks of an earlier statement of its transaction that were still held while it
 *     ran: a backfill in a DDL's transaction keeps the DDL's lock for its whole duration
 * @param waits its own waits for locks, and behind whom
 * @param advice the safe rewrites, one sentence each; empty unless it was part of a lock risk
 */
public record RehearsedStatement(
    MigrationSummary.Statement statement,
    List<RelationLock> locks,
    List<RelationLock> heldBy,
    List<MigrationWait> waits,
    List<String> advice) {

  public RehearsedStatement {
    locks = List.copyOf(locks);
    heldBy = List.copyOf(heldBy);
    waits = List.copyOf(waits);
    advice = List.copyOf(advice);
  }
}
