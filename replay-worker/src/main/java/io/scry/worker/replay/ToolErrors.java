package io.scry.worker.replay;

/**
 * SQLSTATE-like codes for statements that failed on the replay side rather than in the database.
 * They never collide with PostgreSQL's codes (which have no {@code SCRY} class) and are reported
 * per pattern like any error.
 */
final class ToolErrors {

  /** The connection was lost (or stopped answering) while the statement ran. */
  static final String CONNECTION_LOST = "SCRY1";

  /** Not replayed: the session was abandoned after its connection was lost. */
  static final String SESSION_ABANDONED = "SCRY2";

  /** The driver refused the statement before sending it (e.g. parameter count mismatch). */
  static final String NOT_SENDABLE = "SCRY3";

  private ToolErrors() {}
}
