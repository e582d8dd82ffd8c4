package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;

/** The SQL that removes what a shadow leaves on its source, for users to run by hand. */
final class SourceLeftovers {
  private SourceLeftovers() {}

  /** Drops the shadow's replication slot (if nobody uses it) and its publication. */
  static String cleanupSql(ShadowName name) {
    return "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = "
        + BlockingSql.literal(name.slot())
        + "; DROP PUBLICATION IF EXISTS "
        + name.publication()
        + ";";
  }
}
