package io.scry.coordinator.compare;

/** The gate's answer, with the process exit code each one maps to. */
public enum Verdict {
  SAFE(0),
  REGRESSION(5);

  private final int exitCode;

  Verdict(int exitCode) {
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
