package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;
import io.scry.coordinator.shadow.schema.SchemaScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tables of the source a shadow replicates: those named by {@code --tables}, or every ordinary
 * table outside the system schemas and extensions. Partitioned tables and their partitions are left
 * out (docs/SHADOW.md).
 */
final class TableSelection {
  private TableSelection() {}

  /**
   * @param source a session whose search path is empty, so that names come schema-qualified
   * @param requested {@code table} or {@code schema.table}; empty for every table
   */
  static List<SourceTable> resolve(BlockingSql source, List<String> requested) {
    Map<String, SourceTable> all = new LinkedHashMap<>();
    for (List<String> row :
        source.query(
            "SELECT n.nspname, c.relname, c.oid::regclass::text, c.relreplident::text,"
                + " EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid"
                + " AND k.contype = 'p')::text"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind = 'r' AND NOT c.relispartition"
                + " AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'"
                + " AND "
                + SchemaScope.notFromExtension("pg_class", "c.oid")
                + " ORDER BY 1, 2")) {
      SourceTable table =
          new SourceTable(
              row.get(0), row.get(1), row.get(2), row.get(3).charAt(0), "true".equals(row.get(4)));
      all.put(table.schema() + "." + table.name(), table);
    }
    if (requested.isEmpty()) {
      return List.copyOf(all.values());
    }
    List<SourceTable> chosen = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : requested) {
      String key = name.contains(".") ? name : "public." + name;
      SourceTable table = all.get(key);
      if (table == null) {
        missing.add(name);
      } else if (!chosen.contains(table)) {
        chosen.add(table);
      }
    }
    if (!missing.isEmpty()) {
      throw new ShadowException(
          "no table "
              + String.join(", ", missing)
              + " on the source (--tables); only ordinary tables can be replicated",
          "correct --tables (schema.table, or table for the public schema)");
    }
    return List.copyOf(chosen);
  }

  /** The tables whose UPDATEs and DELETEs the source could not publish. */
  static List<SourceTable> withoutReplicaIdentity(List<SourceTable> tables) {
    return tables.stream().filter(t -> !t.hasReplicaIdentity()).toList();
  }

  /** The statements that give each table a replica identity of all its columns. */
  static String replicaIdentityFull(List<SourceTable> tables) {
    return tables.stream()
        .map(t -> "ALTER TABLE " + t.qualified() + " REPLICA IDENTITY FULL;")
        .collect(Collectors.joining(" "));
  }
}
