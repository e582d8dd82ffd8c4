package io.scry.coordinator.compare;

/** Why a pattern regressed. */
public enum Failure {
  /** A latency percentile regressed by every rule of {@link Thresholds}. */
  LATENCY,
  /** The candidate raised an SQLSTATE the baseline never raised. */
  NEW_ERROR,
  /** An SQLSTATE's error rate grew by more than the allowed delta. */
  ERROR_RATE,
  /** Row counts or result digests differ while the baseline is deterministic. */
  RESULT_DIFFERENCE,
  /** The pattern ran on the baseline but not at all on the candidate. */
  NOT_REPLAYED
}
