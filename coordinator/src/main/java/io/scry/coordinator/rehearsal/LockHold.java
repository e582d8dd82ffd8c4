package io.scry.coordinator.rehearsal;

/**
 * A granted relation lock as the samples saw it.
 *
 * <p>Locks that can block other sessions' reads or writes or DDL (SHARE UPDATE EXCLUSIVE and
 * stronger) are kept as continuous holds: one record per run of consecutive samples that saw the
 * lock. The weak modes every query takes (ACCESS SHARE, ROW SHARE, ROW EXCLUSIVE) come and go with
 * each statement of the traffic, so they are kept as one record per backend, relation and mode: the
 * first and last sample that saw it and how many did, not {@linkplain #continuous() continuous}.
 *
 * @param first index of the first sample that saw it
 * @param last index of the last sample that saw it (inclusive)
 * @param samples how many samples saw it
 */
record LockHold(
    Backend backend, Relation relation, LockMode mode, int first, int last, int samples) {

  /** Modes kept as continuous holds. */
  static boolean tracksHolds(LockMode mode) {
    return mode.compareTo(LockMode.SHARE_UPDATE_EXCLUSIVE) >= 0;
  }

  /** Whether every sample from first to last saw it. */
  boolean continuous() {
    return samples == last - first + 1;
  }

  boolean covers(int sample) {
    return first <= sample && sample <= last;
  }
}
