package io.scry.coordinator.migration;

/**
 * A migration check could not reach a verdict (exit code 1): bad configuration, an unreachable
 * database, a failed migration command, a failed replay. {@link #getMessage()} is one line fit to
 * print first; {@link #details()} may say more.
 */
public final class MigrationCheckException extends RuntimeException {
  private final String details;

  public MigrationCheckException(String reason, String details) {
    super(reason);
    this.details = details == null ? "" : details;
  }

  public MigrationCheckException(String reason, Throwable cause) {
    super(reason, cause);
    this.details = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
  }

  public String details() {
    return details;
  }
}
