package io.scry.protocol.gate;

/**
 * The gate's answer, with the process exit code each one maps to: what the comparison of a replay
 * decides, and what a load-fixtures scenario expects the gate to answer.
 */
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
