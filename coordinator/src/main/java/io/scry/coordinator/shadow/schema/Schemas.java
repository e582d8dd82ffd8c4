package io.scry.coordinator.shadow.schema;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;

/** The schemas of the replicated tables. */
final class Schemas implements SchemaPart {
  @Override
  public String kind() {
    return "schemas";
  }

  @Override
  public List<String> statements(BlockingSql source, SchemaScope scope) {
    return scope.schemas().stream()
        .map(s -> "CREATE SCHEMA IF NOT EXISTS " + BlockingSql.identifier(s))
        .toList();
  }
}
