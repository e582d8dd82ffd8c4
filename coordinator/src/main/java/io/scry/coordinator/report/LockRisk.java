package io.scry.coordinator.report;

/**
 * A rehearsal measurement above its limit: the migration would stop production traffic for longer
 * than {@code thresholds.lock.*} allow. Every report format shows it as {@code LOCK RISK}.
 *
 * @param relation the relation locked; "" when the traffic waited without a relation being known
 * @param statement the migration statement that took the lock; "" when none could be matched
 * @param message the finding in one sentence, as every format prints it
 */
public record LockRisk(
    Kind kind, long measuredMs, long limitMs, String relation, String statement, String message) {

  public enum Kind {
    /** A replayed statement waited on the migration longer than {@code max_blocked_ms}. */
    BLOCKED,
    /**
     * The migration held ACCESS EXCLUSIVE on a relation the traffic uses longer than {@code
     * max_exclusive_ms}.
     */
    EXCLUSIVE
  }
}
