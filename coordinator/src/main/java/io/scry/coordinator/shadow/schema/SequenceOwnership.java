package io.scry.coordinator.shadow.schema;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;

/** {@code OWNED BY} of the sequences behind serial columns, once their tables exist. */
final class SequenceOwnership implements SchemaPart {
  @Override
  public String kind() {
    return "sequence owners";
  }

  @Override
  public List<String> statements(BlockingSql source, SchemaScope scope) {
    return SchemaPart.firstColumn(
        source,
        "SELECT 'ALTER SEQUENCE ' || d.objid::regclass::text || ' OWNED BY '"
            + " || d.refobjid::regclass::text || '.' || quote_ident(a.attname)"
            + " FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'"
            + " JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
            + " WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass"
            + " AND d.deptype = 'a' AND d.refobjid IN "
            + scope.tableOids()
            + " AND s.relnamespace IN "
            + scope.schemaOids()
            + " ORDER BY d.objid");
  }
}
