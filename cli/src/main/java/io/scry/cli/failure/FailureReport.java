package io.scry.cli.failure;

import io.scry.protocol.security.ConnectionStrings;
import java.io.PrintWriter;

/**
 * Prints a failure in the form every command keeps, so that a CI log and a script can rely on it:
 *
 * <pre>
 * error: &lt;what went wrong, one line&gt;
 * &lt;details, if any&gt;
 * &lt;the stack trace, with --verbose only&gt;
 * scry: failed — &lt;what to do, one line&gt;
 * </pre>
 *
 * Nothing else goes to standard error before it: progress and logs go to standard output, and the
 * logs of the libraries stay quiet unless {@code --verbose} (see {@code console.QuietLogs}).
 */
public final class FailureReport {
  private FailureReport() {}

  public static void print(PrintWriter err, UserFailure failure, boolean verbose) {
    err.println("error: " + oneLine(failure.reason()));
    if (!failure.details().isEmpty()) {
      err.println(ConnectionStrings.mask(failure.details()));
    }
    if (verbose && failure.getCause() != null) {
      failure.getCause().printStackTrace(err);
    }
    err.println("scry: failed — " + oneLine(failure.remedy()));
    err.flush();
  }

  /** One line, any password in a connection string masked: messages quote URLs they reject. */
  private static String oneLine(String text) {
    return text == null ? "" : ConnectionStrings.mask(text.strip().replaceAll("\\s*\\R\\s*", " "));
  }
}
