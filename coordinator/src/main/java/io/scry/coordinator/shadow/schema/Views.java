package io.scry.coordinator.shadow.schema;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;

/**
 * The views of the copied schemas, oldest first, so that a view on another view follows it, except
 * those that read a table the shadow does not replicate. Materialized views are not copied.
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
            + " AND NOT EXISTS (SELECT 1 FROM pg_rewrite w JOIN pg_depend d"
            + " ON d.classid = 'pg_rewrite'::regclass AND d.objid = w.oid"
            + " AND d.refclassid = 'pg_class'::regclass"
            + " JOIN pg_class t ON t.oid = d.refobjid AND t.relkind IN ('r', 'p', 'f', 'm')"
            + " WHERE w.ev_class = c.oid AND t.oid NOT IN "
            + scope.tableOids()
            + ") ORDER BY c.oid");
  }
}
