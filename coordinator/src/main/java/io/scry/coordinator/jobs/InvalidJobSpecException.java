package io.scry.coordinator.jobs;

/** A job specification with a bad field; the message names the field and what is wrong. */
public final class InvalidJobSpecException extends IllegalArgumentException {

  private final String field;

  public InvalidJobSpecException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
