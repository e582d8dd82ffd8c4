package io.scry.coordinator.report;

import java.util.List;

/**
 * What the migration command did on the candidate: its exit, output and the statements the
 * capturing proxy saw it run.
 *
 * @param stdout the command's standard output (tail, when long)
 * @param statements its statements in order; empty when they were not captured
 */
public record MigrationSummary(
    String command,
    int exitCode,
    double durationMs,
    String stdout,
    String stderr,
    List<Statement> statements) {

  /**
   * One statement of the migration.
   *
   * @param sqlstate empty unless it failed
   * @param lockWarning why it may hold a heavy lock on a busy table (e.g. "CREATE INDEX without
   *     CONCURRENTLY blocks writes"), or empty
   * @param startMillis wall-clock start in Unix milliseconds, as the capturing proxy saw it
   */
  public record Statement(
      String sql,
      double durationMs,
      long rows,
      String sqlstate,
      String error,
      String lockWarning,
      long startMillis) {

    /** Wall-clock end in Unix milliseconds. */
    public long endMillis() {
      return startMillis + (long) Math.ceil(durationMs);
    }

    /** "failed SQLSTATE: message", or empty unless it failed. */
    public String failure() {
      return sqlstate.isEmpty() ? "" : "failed " + sqlstate + ": " + error;
    }

    /** Its failure, else its lock warning: the one note a report's table has room for. */
    public String note() {
      return sqlstate.isEmpty() ? lockWarning : failure();
    }
  }
}
