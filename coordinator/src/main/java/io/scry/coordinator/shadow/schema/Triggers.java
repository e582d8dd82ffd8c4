package io.scry.coordinator.shadow.schema;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;

/**
 * The user triggers of the replicated tables. They do not fire when the subscription applies the
 * source's changes (its session is a replica), only for statements run on the shadow or a clone,
 * which is what a replay needs.
 */
final class Triggers implements SchemaPart {
  @Override
  public String kind() {
    return "triggers";
  }

  @Override
  public List<String> statements(BlockingSql source, SchemaScope scope) {
    return SchemaPart.firstColumn(
        source,
        "SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE t.tgrelid IN "
            + scope.tableOids()
            + " AND NOT t.tgisinternal ORDER BY t.tgrelid, t.tgname");
  }
}
