package io.scry.coordinator.rehearsal;

/**
 * Sequential scans of a table between two snapshots, by any session.
 *
 * @param rows the row estimate before
 * @param seqScans how many sequential scans started
 * @param seqTuplesRead how many rows they read
 */
public record TableScan(String relation, long rows, long seqScans, long seqTuplesRead) {

  /** Whether the scans read at least as many rows as the table has: at least one full scan. */
  public boolean coversTable() {
    return rows > 0 && seqTuplesRead >= rows;
  }
}
