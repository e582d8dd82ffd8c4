package io.scry.cli.console;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the libraries' logs off standard error while a command that talks to people runs (the gate,
 * the demo): their INFO lines, and the warnings an embedded cluster writes as it stops (remote
 * connections aborted, the materializer shut down), would bury the command's own output and break
 * the rule that a failing command's first line on standard error is its {@code error:} line. With
 * {@code --verbose} nothing is hidden. The levels are restored when closed.
 */
public final class QuietLogs implements AutoCloseable {
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

  /**
   * @param verbose leave every log as configured
   */
  public static QuietLogs apply(boolean verbose) {
    if (verbose
        || !(LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root)) {
      return new QuietLogs(null);
    }
    QuietLogs quiet = new QuietLogs(root);
    // What the libraries report as an error surfaces as the command's own failure anyway.
    root.setLevel(Level.ERROR);
    quiet.materializer.setLevel(Level.OFF);
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
