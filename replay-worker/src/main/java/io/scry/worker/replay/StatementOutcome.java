package io.scry.worker.replay;

/**
 * What happened to one replayed statement.
 *
 * @param latencyMicros from sending to the end of the result; -1 when nothing was executed
 * @param rows rows returned, or affected when none were returned
 * @param rowDigest order-insensitive digest of the returned rows ({@link ResultAccumulator})
 * @param sqlstate empty on success, PostgreSQL's SQLSTATE or a {@link ToolErrors} code
 * @param message the error message, empty on success
 * @param connectionLost the connection can no longer be used: the session is abandoned
 */
record StatementOutcome(
    long latencyMicros,
    long rows,
    long rowDigest,
    String sqlstate,
    String message,
    boolean connectionLost) {

  static StatementOutcome notReplayed(String code, String message) {
    return new StatementOutcome(-1, 0, 0, code, message, false);
  }

  boolean failed() {
    return !sqlstate.isEmpty();
  }

  boolean executed() {
    return latencyMicros >= 0;
  }
}
