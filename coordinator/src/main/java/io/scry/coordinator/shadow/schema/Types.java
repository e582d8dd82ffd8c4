package io.scry.coordinator.shadow.schema;

import io.scry.coordinator.explain.BlockingSql;
import java.util.ArrayList;
import java.util.List;

/** Enum types, then domains (which may be over an enum), of the copied schemas. */
final class Types implements SchemaPart {
  @Override
  public String kind() {
    return "types";
  }

  @Override
  public List<String> statements(BlockingSql source, SchemaScope scope) {
    List<String> statements = new ArrayList<>();
    statements.addAll(
        SchemaPart.firstColumn(
            source,
            "SELECT 'CREATE TYPE ' || t.oid::regtype::text || ' AS ENUM ('"
                + " || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)"
                + " || ')' FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid"
                + " WHERE t.typnamespace IN "
                + scope.schemaOids()
                + " AND "
                + SchemaScope.notFromExtension("pg_type", "t.oid")
                + " GROUP BY t.oid ORDER BY t.oid"));
    statements.addAll(
        SchemaPart.firstColumn(
            source,
            "SELECT 'CREATE DOMAIN ' || t.oid::regtype::text || ' AS '"
                + " || format_type(t.typbasetype, t.typtypmod)"
                + " || coalesce(' DEFAULT ' || t.typdefault, '')"
                + " || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END"
                + " || coalesce((SELECT string_agg(' CONSTRAINT ' || quote_ident(k.conname) || ' '"
                + " || pg_get_constraintdef(k.oid), '' ORDER BY k.conname)"
                + " FROM pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c'), '')"
                + " FROM pg_type t WHERE t.typtype = 'd' AND t.typnamespace IN "
                + scope.schemaOids()
                + " AND "
                + SchemaScope.notFromExtension("pg_type", "t.oid")
                + " ORDER BY t.oid"));
    return statements;
  }
}
