package io.scry.coordinator.shadow.schema;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;

/**
 * Functions and procedures of the copied schemas (not aggregates). Created before the tables, as
 * defaults and checks may call them; their bodies are not checked then ({@code
 * check_function_bodies} is off on the shadow's session).
 */
final class Functions implements SchemaPart {
  @Override
  public String kind() {
    return "functions";
  }

  @Override
  public List<String> statements(BlockingSql source, SchemaScope scope) {
    return SchemaPart.firstColumn(
        source,
        "SELECT pg_get_functiondef(p.oid) FROM pg_proc p WHERE p.prokind IN ('f', 'p')"
            + " AND p.pronamespace IN "
            + scope.schemaOids()
            + " AND "
            + SchemaScope.notFromExtension("pg_proc", "p.oid")
            + " ORDER BY p.oid");
  }
}
