package io.scry.coordinator.shadow.schema;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;

/**
 * The indexes of the replicated tables that no constraint creates. Built after the initial copy, as
 * a restore does: filling a table and then indexing it is faster than keeping the index current row
 * by row.
 */
final class Indexes implements SchemaPart {
  @Override
  public String kind() {
    return "indexes";
  }

  @Override
  public List<String> statements(BlockingSql source, SchemaScope scope) {
    return SchemaPart.firstColumn(
        source,
        "SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indrelid IN "
            + scope.tableOids()
            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid"
            + " AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))"
            + " ORDER BY i.indexrelid");
  }
}
