package io.scry.proxy.wire;

import io.scry.protocol.v1.Statement;

/** Receives every statement the {@link StatementTracker} saw complete, on the event loop. */
@FunctionalInterface
public interface StatementListener {

  /**
   * @param statement what ran and how it ended
   * @param startNanos {@link System#nanoTime()} when its first message was forwarded upstream
   * @param endNanos {@link System#nanoTime()} when the message that completed it arrived
   */
  void statementCompleted(Statement statement, long startNanos, long endNanos);
}
