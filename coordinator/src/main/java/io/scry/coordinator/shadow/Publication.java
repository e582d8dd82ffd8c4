package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;

/**
 * The shadow's publication on the source: the replicated tables, by name (a table created later is
 * not in it). Creating it needs to own the tables.
 */
final class Publication {
  private Publication() {}

  static void create(BlockingSql source, Endpoint endpoint, ShadowName name, List<String> tables) {
    endpoint.execute(
        source,
        "CREATE PUBLICATION " + name.publication() + " FOR TABLE " + String.join(", ", tables),
        "create the publication " + name.publication(),
        "connect as the owner of the tables (or a superuser), with CREATE on the source database");
  }

  static void drop(BlockingSql source, ShadowName name) {
    source.execute("DROP PUBLICATION IF EXISTS " + name.publication());
  }
}
