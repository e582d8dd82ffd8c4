package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;
import java.util.stream.Collectors;

/** Lists of table names in SQL. */
final class TableList {
  private TableList() {}

  /** {@code ARRAY['public.a', …]::text[]}. */
  static String array(List<String> tables) {
    return tables.stream()
        .map(BlockingSql::literal)
        .collect(Collectors.joining(", ", "ARRAY[", "]::text[]"));
  }

  /** The tables' size on disk, summed, on the server of {@code db}. */
  static long bytes(BlockingSql db, List<String> tables) {
    return Long.parseLong(
        db.queryValue(
            "SELECT coalesce(sum(pg_table_size(to_regclass(t))), 0)::text FROM unnest("
                + array(tables)
                + ") t"));
  }
}
