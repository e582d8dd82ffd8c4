package io.scry.coordinator.report;

/**
 * A table the rehearsal's migration locked, rewrote or that was read in full during it.
 *
 * @param rows the row estimate before the migration
 * @param sizeBeforeBytes its size before ({@code pg_relation_size})
 * @param sizeAfterBytes its size after; -1 when it no longer exists
 * @param rewritten whether its storage file changed ({@code relfilenode}): written anew under
 *     ACCESS EXCLUSIVE
 * @param scannedInFull whether sequential scans read at least as many rows as it has, by the
 *     migration or the traffic (the counters do not tell whose)
 */
public record TableFinding(
    String relation,
    long rows,
    long sizeBeforeBytes,
    long sizeAfterBytes,
    boolean rewritten,
    boolean scannedInFull) {}
