package io.scry.coordinator.shadow.schema;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;

/**
 * Every extension of the source database (plpgsql comes with every database), in its schema; the
 * shadow server must have the extension's files installed.
 */
final class Extensions implements SchemaPart {
  @Override
  public String kind() {
    return "extensions";
  }

  @Override
  public List<String> statements(BlockingSql source, SchemaScope scope) {
    return SchemaPart.firstColumn(
        source,
        "SELECT 'CREATE SCHEMA IF NOT EXISTS ' || quote_ident(n.nspname)"
            + " || '; CREATE EXTENSION IF NOT EXISTS ' || quote_ident(x.extname)"
            + " || ' WITH SCHEMA ' || quote_ident(n.nspname)"
            + " FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace"
            + " WHERE x.extname <> 'plpgsql' ORDER BY x.oid");
  }
}
