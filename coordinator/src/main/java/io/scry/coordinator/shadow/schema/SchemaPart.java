package io.scry.coordinator.shadow.schema;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;

/** One kind of schema object, read from the source's catalogs as the statements that create it. */
interface SchemaPart {

  /** What it creates, plural, for messages: "tables", "foreign keys". */
  String kind();

  /**
   * @param source a session whose search path is empty, so that every name the catalog functions
   *     print is schema-qualified
   */
  List<String> statements(BlockingSql source, SchemaScope scope);

  /** Runs {@code sql} and returns its first column. */
  static List<String> firstColumn(BlockingSql source, String sql) {
    return source.query(sql).stream().map(row -> row.get(0)).toList();
  }
}
