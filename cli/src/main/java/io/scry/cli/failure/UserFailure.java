package io.scry.cli.failure;

/**
 * A failure told the way a user can act on it: {@link #reason()} says what went wrong naming the
 * flag, file or server involved, {@link #remedy()} says what to do about it, {@link #details()}
 * holds whatever longer evidence there is (a migration's output, the sessions on a database).
 * {@link FailureReport} prints it; {@link Failures} turns raw exceptions into one.
 */
public final class UserFailure extends RuntimeException {
  private final String remedy;
  private final String details;

  public UserFailure(String reason, String remedy) {
    this(reason, remedy, "", null);
  }

  public UserFailure(String reason, String remedy, String details, Throwable cause) {
    super(reason, cause);
    this.remedy = remedy;
    this.details = details == null ? "" : details.strip();
  }

  /** One line: what went wrong. */
  public String reason() {
    return getMessage();
  }

  /** One line: what the user should do. */
  public String remedy() {
    return remedy;
  }

  /** Further lines of evidence, or empty. */
  public String details() {
    return details;
  }
}
