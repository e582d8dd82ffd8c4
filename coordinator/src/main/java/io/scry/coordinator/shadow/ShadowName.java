package io.scry.coordinator.shadow;

import java.util.Locale;

/**
 * The name of one shadow, from which the names of what it creates follow: the publication on the
 * source and the subscription (and its replication slot) on the shadow are all {@code scry_<name>}.
 * Lowercase letters, digits and underscores, so that every derived name is a plain identifier well
 * within PostgreSQL's 63 bytes.
 */
public record ShadowName(String value) {
  private static final int MAX_LENGTH = 40;

  public ShadowName {
    if (!value.matches("[a-z][a-z0-9_]{0," + (MAX_LENGTH - 1) + "}")) {
      throw new IllegalArgumentException(
          "--name must be lowercase letters, digits and underscores, starting with a letter, at"
              + " most "
              + MAX_LENGTH
              + " characters, got '"
              + value
              + "'");
    }
  }

  /** The name of a shadow that was given none: its database's name, made a valid name. */
  public static ShadowName ofDatabase(String database) {
    String name = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      name = "s" + name;
    }
    return new ShadowName(name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name);
  }

  /** The publication on the source. */
  public String publication() {
    return "scry_" + value;
  }

  /** The subscription on the shadow. */
  public String subscription() {
    return "scry_" + value;
  }

  /** The subscription's replication slot on the source. */
  public String slot() {
    return "scry_" + value;
  }

  @Override
  public String toString() {
    return value;
  }
}
