package io.scry.cli.failure;

import io.scry.coordinator.config.ConfigException;
import io.scry.coordinator.migration.MigrationCheckException;
import io.scry.coordinator.shadow.ShadowException;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Turns whatever a command threw into a {@link UserFailure}. Commands translate the failures they
 * can name precisely themselves (which flag, which file); this is the net under them, so that no
 * raw exception text ({@code bind(..) failed}, a bare path) is ever the whole message.
 */
public final class Failures {
  static final String FIX_SETTING =
      "correct that setting (in scry.yaml, its SCRY_* variable or its flag) and run again";
  static final String NO_VERDICT = "no verdict (exit 1): fix the cause above and run again";
  static final String SEE_HELP = "correct the command line and run again; --help lists the options";
  static final String REPORT_IT =
      "this is a bug of scry-cluster: run again with --verbose and report the stack trace";

  private Failures() {}

  public static UserFailure explain(Throwable thrown) {
    if (thrown instanceof UserFailure failure) {
      return failure;
    }
    if (thrown instanceof ConfigException e) {
      return new UserFailure(e.getMessage(), FIX_SETTING, "", e);
    }
    if (thrown instanceof MigrationCheckException e) {
      return new UserFailure(e.getMessage(), NO_VERDICT, e.details(), e);
    }
    if (thrown instanceof ShadowException e) {
      return new UserFailure(e.getMessage(), e.remedy(), e.details(), e);
    }
    if (isBindFailure(thrown)) {
      return new UserFailure(
          "cannot listen on an address: it is already in use or not allowed",
          "stop what listens there or choose another port",
          "",
          thrown);
    }
    FileSystemException file = find(thrown, FileSystemException.class);
    if (file != null) {
      return new UserFailure(
          "cannot use " + file.getFile() + ": " + fileProblem(file),
          "check the path and its permissions",
          "",
          thrown);
    }
    if (thrown instanceof IOException e && e.getMessage() != null) {
      // The job API's client words its failures for users: which coordinator, what it answered.
      return new UserFailure(
          e.getMessage(),
          "check the address and token given (--coordinator, --token) and that the coordinator"
              + " runs",
          "",
          e);
    }
    if (thrown instanceof IllegalArgumentException e && e.getMessage() != null) {
      // The commands' own validation: its message already names the option.
      return new UserFailure(e.getMessage(), SEE_HELP, "", e);
    }
    return new UserFailure(
        "unexpected " + thrown.getClass().getSimpleName() + ": " + thrown.getMessage(),
        REPORT_IT,
        "",
        thrown);
  }

  /** Whether binding a listening socket failed: the JDK's and Netty's native transports alike. */
  public static boolean isBindFailure(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (t instanceof BindException
          || message.contains("bind(..) failed")
          || message.contains("Address already in use")) {
        return true;
      }
    }
    return false;
  }

  /** What is wrong with a file, in words, rather than the exception's bare path. */
  public static String fileProblem(FileSystemException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    return e.getReason() == null ? "cannot be used" : e.getReason().toLowerCase(Locale.ROOT);
  }

  /** The first exception of that type in the cause chain, or null. */
  public static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
