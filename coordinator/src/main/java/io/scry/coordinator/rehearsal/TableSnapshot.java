package io.scry.coordinator.rehearsal;

import io.scry.coordinator.explain.BlockingSql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user tables of a database at one moment: storage file, size, row estimate and scan counters.
 * Taken before and after the migration, two snapshots tell which tables it rewrote and which it
 * scanned in full.
 *
 * <pre>{@code
 * TableSnapshot before = TableSnapshot.take(clone);
 * ... migration ...
 * TableSnapshot after = TableSnapshot.take(clone);
 * List<Rewrite> rewrites = after.rewritesSince(before);
 * }</pre>
 *
 * <p>Take them outside the migration: the sizes are read with {@code pg_relation_size()}, which
 * waits for an ACCESS EXCLUSIVE lock like any reader.
 *
 * <p>The scan counters are the cumulative statistics of {@code pg_stat_user_tables}, with their
 * limits: they count every session's sequential scans, the traffic's too, so a scan is the
 * migration's only when the traffic does not scan that table (or by comparison with a baseline);
 * and a backend publishes its counters when it goes idle at most once a second, or when it ends, so
 * take the after-snapshot once the migration's connections have closed.
 */
public final class TableSnapshot {
  private static final String SQL =
      """
      SELECT c.oid, c.oid::regclass::text, c.relfilenode, c.reltuples::int8,
             coalesce(s.n_live_tup, 0), pg_relation_size(c.oid),
             coalesce(s.seq_scan, 0), coalesce(s.seq_tup_read, 0)
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
      WHERE c.relkind IN ('r', 'm') AND n.nspname NOT LIKE 'pg\\_%'
        AND n.nspname <> 'information_schema'
      """;

  private final Map<Long, Table> tables;

  private TableSnapshot(Map<Long, Table> tables) {
    this.tables = tables;
  }

  /** Reads the tables of the database {@code sql} is connected to. */
  public static TableSnapshot take(BlockingSql sql) {
    Map<Long, Table> tables = new LinkedHashMap<>();
    for (List<String> row : sql.query(SQL)) {
      long reltuples = Long.parseLong(row.get(3));
      Table table =
          new Table(
              row.get(1),
              Long.parseLong(row.get(2)),
              reltuples >= 0 ? reltuples : Long.parseLong(row.get(4)),
              Long.parseLong(row.get(5)),
              Long.parseLong(row.get(6)),
              Long.parseLong(row.get(7)));
      tables.put(Long.parseLong(row.get(0)), table);
    }
    return new TableSnapshot(tables);
  }

  /**
   * The tables whose storage file changed since {@code before}: rewritten, as {@code ALTER TABLE
   * ... TYPE}, a volatile default, {@code VACUUM FULL}, {@code CLUSTER} or {@code TRUNCATE} do.
   */
  public List<Rewrite> rewritesSince(TableSnapshot before) {
    List<Rewrite> rewrites = new ArrayList<>();
    tables.forEach(
        (oid, now) -> {
          Table then = before.tables.get(oid);
          if (then != null && then.fileNode != now.fileNode) {
            rewrites.add(new Rewrite(now.name, then.rows, then.sizeBytes, now.sizeBytes));
          }
        });
    return rewrites;
  }

  /** The tables scanned sequentially since {@code before}, by anyone (see the class comment). */
  public List<TableScan> scansSince(TableSnapshot before) {
    List<TableScan> scans = new ArrayList<>();
    tables.forEach(
        (oid, now) -> {
          Table then = before.tables.get(oid);
          if (then != null && now.seqScans > then.seqScans) {
            scans.add(
                new TableScan(
                    now.name,
                    then.rows,
                    now.seqScans - then.seqScans,
                    now.seqTuplesRead - then.seqTuplesRead));
          }
        });
    return scans;
  }

  /** The table {@code relation} (as {@code regclass} prints it), or null when it is none. */
  public TableSize table(String relation) {
    for (Table t : tables.values()) {
      if (t.name.equals(relation)) {
        return new TableSize(t.name, t.rows, t.sizeBytes);
      }
    }
    return null;
  }

  private record Table(
      String name, long fileNode, long rows, long sizeBytes, long seqScans, long seqTuplesRead) {}
}
