package io.scry.cli.shadow;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Where the long shadow operations (init, reset, checkpoint) write their progress: each line is
 * flushed as soon as it is printed, so that a terminal or a CI log shows it while the copy or the
 * catch-up runs rather than at the end.
 */
final class ProgressLines {
  private ProgressLines() {}

  static Consumer<String> printedTo(PrintWriter out) {
    return line -> {
      out.println(line);
      out.flush();
    };
  }
}
