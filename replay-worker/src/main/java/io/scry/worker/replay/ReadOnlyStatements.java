package io.scry.worker.replay;

import java.util.List;

/**
 * Tells the statements that only read: plain {@code SELECT}s (and {@code WITH … SELECT}s) without
 * row locks, data-modifying CTEs or sequence calls. Reads never conflict with each other, so {@link
 * HappensBefore} lets them overlap; everything else (writes, DDL, transaction control, a {@code
 * SELECT} of a function that may write) is treated as a write. A misjudged read can only run
 * earlier than its order; its result then depends on the interleaving, which the comparison detects
 * as results that vary by themselves.
 */
final class ReadOnlyStatements {

  /** Words that make a SELECT write or lock. */
  private static final List<String> WRITING =
      List.of(
          " for update",
          " for no key update",
          " for share",
          " for key share",
          "nextval(",
          "setval(",
          " into ",
          "insert ",
          "update ",
          "delete ",
          "merge ",
          "pg_advisory",
          "pg_sleep",
          "lo_");

  private ReadOnlyStatements() {}

  /** Whether a statement with this normalized text (lower case, folded) only reads. */
  static boolean isReadOnly(String normalizedSql) {
    String sql = normalizedSql.stripLeading();
    if (!sql.startsWith("select ") && !sql.startsWith("with ")) {
      return false;
    }
    for (String word : WRITING) {
      if (sql.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
