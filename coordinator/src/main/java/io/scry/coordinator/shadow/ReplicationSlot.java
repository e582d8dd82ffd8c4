package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;

/**
 * The shadow's logical replication slot on the source, {@code scry_NAME}. It is made on the source
 * before the subscription (which then only uses it), as PostgreSQL requires when the shadow lives
 * on the source's own server: a subscription creating its slot there would wait for itself.
 */
final class ReplicationSlot {
  private ReplicationSlot() {}

  static void create(BlockingSql source, Endpoint endpoint, ShadowName name) {
    endpoint.execute(
        source,
        "SELECT pg_create_logical_replication_slot("
            + BlockingSql.literal(name.slot())
            + ", 'pgoutput')",
        "create the replication slot " + name.slot(),
        "see the source's message; a slot needs a free max_replication_slots entry and the"
            + " REPLICATION attribute");
  }

  /**
   * Drops the slot if it is there and no WAL sender uses it: what a failed init, or a subscription
   * dropped while the source was away, leaves behind.
   */
  static void dropIfIdle(BlockingSql source, ShadowName name) {
    source.execute(
        "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots"
            + " WHERE NOT active AND slot_name = "
            + BlockingSql.literal(name.slot()));
  }
}
