package io.scry.coordinator.shadow.schema;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a schema copy covers: the replicated tables and the schemas they live in (types, sequences,
 * functions and views are copied from those schemas).
 *
 * @param tables schema-qualified, quoted table names
 * @param schemas schema names, unquoted
 */
public record SchemaScope(List<String> tables, List<String> schemas) {

  public SchemaScope {
    tables = List.copyOf(tables);
    schemas = List.copyOf(schemas);
  }

  /** An SQL list of the tables' oids: {@code ('public.a'::regclass, …)}. */
  String tableOids() {
    return tables.stream()
        .map(t -> BlockingSql.literal(t) + "::regclass")
        .collect(Collectors.joining(", ", "(", ")"));
  }

  /** An SQL subquery of the schemas' oids. */
  String schemaOids() {
    return "(SELECT oid FROM pg_namespace WHERE nspname IN "
        + schemas.stream().map(BlockingSql::literal).collect(Collectors.joining(", ", "(", ")"))
        + ")";
  }

  /**
   * An SQL condition that the object {@code oid} of {@code catalog} is not a member of an
   * extension: those come with {@code CREATE EXTENSION}.
   */
  public static String notFromExtension(String catalog, String oid) {
    return "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '"
        + catalog
        + "'::regclass AND e.objid = "
        + oid
        + " AND e.deptype = 'e')";
  }
}
