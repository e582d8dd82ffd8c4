package io.scry.coordinator.rehearsal;

/**
 * A relation the migration locked, and for how long it kept the traffic out.
 *
 * <p>Hold times come from samples: from the first to the last sample that saw the lock granted,
 * plus one interval, so they are exact to about one interval. A lock is held until its transaction
 * ends, so a backfill in the DDL's transaction shows as one long hold.
 *
 * @param relation as {@code regclass} prints it
 * @param strongestMode the strongest mode any migration backend was granted on it
 * @param longestBlockingMode the mode of the longest continuous hold among the modes that block
 *     writes (SHARE and stronger); null when there was none
 * @param longestBlockingMs how long that hold lasted; 0 when there was none
 * @param grantedMillis local wall-clock time that hold was first seen; 0 when there was none
 * @param releasedMillis {@code grantedMillis + longestBlockingMs}; 0 when there was none
 * @param accessExclusiveMs the longest continuous ACCESS EXCLUSIVE hold (which blocks reads too); 0
 *     when there was none
 * @param usedByTraffic whether any other backend held a lock on it during the rehearsal, that is,
 *     the traffic read or wrote it
 */
public record RelationLock(
    String relation,
    LockMode strongestMode,
    LockMode longestBlockingMode,
    long longestBlockingMs,
    long grantedMillis,
    long releasedMillis,
    long accessExclusiveMs,
    boolean usedByTraffic) {}
