package io.scry.coordinator.rehearsal;

/**
 * How much a rehearsal may block the traffic before the migration fails the verdict (docs/CI.md,
 * {@code thresholds.lock.*}). A measurement above a limit is a lock risk.
 *
 * @param maxBlockedMs the longest one replayed statement may wait on the migration, directly or in
 *     the lock queue behind it
 * @param maxExclusiveMs the longest the migration may hold ACCESS EXCLUSIVE (which stops even
 *     reads) on a relation the traffic uses
 */
public record LockThresholds(long maxBlockedMs, long maxExclusiveMs) {

  /** The documented defaults: a second each. */
  public static final LockThresholds DEFAULTS = new LockThresholds(1000, 1000);

  public LockThresholds {
    if (maxBlockedMs < 0 || maxExclusiveMs < 0) {
      throw new IllegalArgumentException("lock thresholds must not be negative");
    }
  }

  /** Whether a replayed statement waited on the migration longer than allowed. */
  public boolean blockedTooLong(LockAnalysis analysis) {
    return analysis.maxBlockedMs() > maxBlockedMs;
  }
}
