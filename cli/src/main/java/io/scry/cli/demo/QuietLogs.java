package io.scry.cli.demo;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises the log level to WARN while the demo runs, so that its narration is not buried under the
 * cluster's INFO lines; restores the previous level when closed.
 */
final class QuietLogs implements AutoCloseable {
  private final Logger root;
  private final Level previous;

  private QuietLogs(Logger root) {
    this.root = root;
    this.previous = root == null ? null : root.getLevel();
  }

  static QuietLogs apply() {
    if (!(LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root)) {
      return new QuietLogs(null);
    }
    QuietLogs quiet = new QuietLogs(root);
    root.setLevel(Level.WARN);
    return quiet;
  }

  @Override
  public void close() {
    if (root != null) {
      root.setLevel(previous);
    }
  }
}
