package io.scry.coordinator.compare;

/** What the comparison concluded for one pattern, worst first. */
public enum PatternStatus {
  /** At least one failure: the verdict is REGRESSION. */
  REGRESSED,
  /**
   * Too few samples to judge latency, or too many replay artifacts to judge latency and results;
   * nothing else failed. Reported, never silently passed.
   */
  INCONCLUSIVE,
  PASSED
}
