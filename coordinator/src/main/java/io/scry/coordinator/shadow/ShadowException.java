package io.scry.coordinator.shadow;

/**
 * A shadow command could not do its work, told so that a user can act: {@link #getMessage()} names
 * the server (and the flag it came from) and what is wrong, {@link #remedy()} what to run or
 * change, {@link #details()} any longer evidence. The CLI prints it as its error contract; the HTTP
 * API can return the same two sentences.
 */
public final class ShadowException extends RuntimeException {
  private final String remedy;
  private final String details;

  public ShadowException(String reason, String remedy) {
    this(reason, remedy, "", null);
  }

  public ShadowException(String reason, String remedy, String details, Throwable cause) {
    super(reason, cause);
    this.remedy = remedy;
    this.details = details == null ? "" : details;
  }

  /** One line: what to do about it. */
  public String remedy() {
    return remedy;
  }

  /** Further lines of evidence, or empty. */
  public String details() {
    return details;
  }
}
