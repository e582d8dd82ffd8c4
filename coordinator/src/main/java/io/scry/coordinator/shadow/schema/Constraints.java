package io.scry.coordinator.shadow.schema;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;

/**
 * Table constraints as {@code pg_get_constraintdef} prints them: either the keys, uniques,
 * exclusions and checks of one table (right after the tables), or the foreign keys between
 * replicated tables (after all of them exist). A foreign key to a table left out of the shadow is
 * not copied: it could never hold.
 */
final class Constraints implements SchemaPart {
  private final boolean foreignKeys;

  private Constraints(boolean foreignKeys) {
    this.foreignKeys = foreignKeys;
  }

  static Constraints ofTables() {
    return new Constraints(false);
  }

  static Constraints foreignKeys() {
    return new Constraints(true);
  }

  @Override
  public String kind() {
    return foreignKeys ? "foreign keys" : "constraints";
  }

  @Override
  public List<String> statements(BlockingSql source, SchemaScope scope) {
    String which =
        foreignKeys
            ? "k.contype = 'f' AND k.confrelid IN " + scope.tableOids()
            : "k.contype IN ('p', 'u', 'x', 'c')";
    return SchemaPart.firstColumn(
        source,
        "SELECT 'ALTER TABLE ' || k.conrelid::regclass::text || ' ADD CONSTRAINT '"
            + " || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid)"
            + " FROM pg_constraint k WHERE k.conrelid IN "
            + scope.tableOids()
            + " AND "
            + which
            + " ORDER BY k.contype = 'c', k.conrelid, k.conname");
  }
}
