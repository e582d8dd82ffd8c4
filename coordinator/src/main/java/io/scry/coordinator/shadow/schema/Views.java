package io.scry.coordinator.shadow.schema;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;

/**
 * The views of the copied schemas, oldest first, so that a view on another view follows it. Their
 * data is not replicated (it is the tables'); materialized views are not copied.
 */
final class Views implements SchemaPart {
  @Override
  public String kind() {
    return "views";
  }

  @Override
  public List<String> statements(BlockingSql source, SchemaScope scope) {
    return SchemaPart.firstColumn(
        source,
        "SELECT 'CREATE VIEW ' || c.oid::regclass::text || ' AS ' || pg_get_viewdef(c.oid)"
            + " FROM pg_class c WHERE c.relkind = 'v' AND c.relnamespace IN "
            + scope.schemaOids()
            + " AND "
            + SchemaScope.notFromExtension("pg_class", "c.oid")
            + " ORDER BY c.oid");
  }
}
