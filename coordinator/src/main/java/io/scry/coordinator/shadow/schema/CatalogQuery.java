package io.scry.coordinator.shadow.schema;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;
import java.util.function.Function;

/**
 * A schema part read with one catalog query whose first column is the statements.
 *
 * @param sql the query, for the copy's scope
 */
record CatalogQuery(String kind, Function<SchemaScope, String> sql) implements SchemaPart {

  @Override
  public List<String> statements(BlockingSql source, SchemaScope scope) {
    return SchemaPart.firstColumn(source, sql.apply(scope));
  }
}
