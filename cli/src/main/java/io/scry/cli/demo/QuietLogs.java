package io.scry.cli.demo;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises the log level to WARN while the demo runs, so that its narration is not buried under the
 * cluster's INFO lines, and to ERROR for the stream materializer, whose warnings about remote
 * connections aborted while an embedded cluster stops are expected; restores both when closed.
 */
final class QuietLogs implements AutoCloseable {
  private static final String MATERIALIZER = "org.apache.pekko.stream.Materializer";

  private final Logger root;
  private final Level previous;
  private final Logger materializer;
  private final Level previousMaterializer;

  private QuietLogs(Logger root) {
    this.root = root;
    this.previous = root == null ? null : root.getLevel();
    this.materializer = root == null ? null : root.getLoggerContext().getLogger(MATERIALIZER);
    this.previousMaterializer = materializer == null ? null : materializer.getLevel();
  }

  static QuietLogs apply() {
    if (!(LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root)) {
      return new QuietLogs(null);
    }
    QuietLogs quiet = new QuietLogs(root);
    root.setLevel(Level.WARN);
    quiet.materializer.setLevel(Level.ERROR);
    return quiet;
  }

  @Override
  public void close() {
    if (root != null) {
      root.setLevel(previous);
      materializer.setLevel(previousMaterializer);
    }
  }
}
