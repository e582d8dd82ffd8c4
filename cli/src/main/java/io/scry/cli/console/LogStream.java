package io.scry.cli.console;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A {@link PrintStream} onto a command's {@link PrintWriter}, for the parts of the gate that log to
 * a stream (the coordinator's migration check, the migration's output): whole lines are decoded as
 * UTF-8 and written through, so that the log goes wherever the command's output goes (a test
 * captures it) and a multi-byte character is never split.
 */
public final class LogStream extends OutputStream {
  private final PrintWriter target;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  private LogStream(PrintWriter target) {
    this.target = target;
  }

  public static PrintStream onto(PrintWriter target) {
    return new PrintStream(new LogStream(target), true, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void write(int b) {
    line.write(b);
    if (b == '\n') {
      flush();
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      write(bytes[i]);
    }
  }

  @Override
  public synchronized void flush() {
    if (line.size() > 0) {
      target.print(line.toString(StandardCharsets.UTF_8));
      line.reset();
    }
    target.flush();
  }
}
