package io.scry.worker.replay;

/** How statements are paced. */
public enum ReplayMode {
  /** Each statement starts at {@code t0 + (capturedStart - captureStart) / speed}. */
  TIMED,
  /** No think time: each session runs its next statement as soon as the previous one completed. */
  STRESS
}
