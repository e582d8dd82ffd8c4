package io.scry.coordinator.rehearsal;

/**
 * A query pattern of the traffic whose statements waited on the migration.
 *
 * <p>A statement is one execution: a backend and its {@code query_start}. Its blocked time is the
 * time the samples saw it waiting on the migration (each run of consecutive samples counts from its
 * first to its last sample plus one interval), so waits shorter than the interval can be missed and
 * every time is exact to about one interval.
 *
 * @param fingerprint {@link io.scry.protocol.fingerprint.QueryFingerprint#hexId()} of the sampled
 *     text: the capture's pattern id, since extended-protocol statements show their {@code $n}
 *     placeholders in {@code pg_stat_activity}
 * @param pattern the normalized text
 * @param example one sampled statement text (at most {@code track_activity_query_size} bytes)
 * @param statements how many statements waited
 * @param directStatements of those, how many waited for a lock the migration held at some point
 * @param queuedStatements of those, how many only waited in the lock queue behind the migration
 * @param totalBlockedMs summed over the statements
 * @param maxBlockedMs the longest wait of one statement
 */
public record BlockedPattern(
    String fingerprint,
    String pattern,
    String example,
    int statements,
    int directStatements,
    int queuedStatements,
    long totalBlockedMs,
    long maxBlockedMs) {

  /** {@link BlockKind#DIRECT} when any statement waited on a lock the migration held. */
  public BlockKind kind() {
    return directStatements > 0 ? BlockKind.DIRECT : BlockKind.QUEUE;
  }
}
