package io.scry.worker.replay;

/** A shard replay that could not run to its end: unreachable target, broken capture stream, ... */
public final class ReplayException extends RuntimeException {

  public ReplayException(String message) {
    super(message);
  }

  public ReplayException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The cause behind the {@link java.util.concurrent.CompletionException}s futures wrap. */
  static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
