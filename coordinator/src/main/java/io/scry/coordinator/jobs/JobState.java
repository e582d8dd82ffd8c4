package io.scry.coordinator.jobs;

/**
 * The life of a job: {@code queued → planning → running → merging → done}, or {@code failed} (with
 * a reason) or {@code cancelled} from any non-final state. A job runs its phases (round × target)
 * in order, going back to {@code running} after each phase's merge.
 */
public enum JobState {
  QUEUED,
  PLANNING,
  RUNNING,
  MERGING,
  DONE,
  FAILED,
  CANCELLED;

  public boolean isFinal() {
    return this == DONE || this == FAILED || this == CANCELLED;
  }

  /**
   * Whether a job in this state has got at least as far as {@code target} in the order {@code
   * queued → planning → running → merging}; a final state is past every state.
   */
  public boolean reached(JobState target) {
    return isFinal() || ordinal() >= target.ordinal();
  }

  /** The lower-case name the API and the control database use. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static JobState ofLabel(String label) {
    return valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }
}
