package io.scry.coordinator.shadow;

import java.time.Instant;

/**
 * A frozen copy of a shadow, a database on the shadow's server that gates clone.
 *
 * <p>It holds every transaction the source committed up to {@code sourceLsn} and none committed
 * after. In source time (the source server's clock): everything committed by {@code sourceTime} is
 * in it, nothing committed after {@code sourceTimeUpper} is; a transaction committed between the
 * two may be either (the checkpoint waited that long for the subscription to stop).
 *
 * @param database the database to clone
 * @param sourceLsn the source's WAL position, as PostgreSQL prints an {@code pg_lsn}
 */
public record ShadowCheckpoint(
    String name,
    String shadow,
    String database,
    String sourceLsn,
    Instant sourceTime,
    Instant sourceTimeUpper,
    Instant createdAt) {

  /** The database of a checkpoint of that name. */
  public static String databaseOf(String checkpoint) {
    return "scry_ckpt_" + checkpoint;
  }

  /**
   * Validates a checkpoint's name: it becomes part of a database name.
   *
   * @throws IllegalArgumentException naming the rule
   */
  public static String requireValidName(String name) {
    if (!name.matches("[a-z0-9][a-z0-9_]{0,39}")) {
      throw new IllegalArgumentException(
          "a checkpoint's name must be lowercase letters, digits and underscores, at most 40"
              + " characters, got '"
              + name
              + "'");
    }
    return name;
  }
}
