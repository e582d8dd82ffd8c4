package io.scry.coordinator.report;

import io.scry.coordinator.rehearsal.BlockedPattern;
import io.scry.coordinator.rehearsal.MigrationWait;
import io.scry.coordinator.rehearsal.RelationLock;
import io.scry.coordinator.rehearsal.Rewrite;
import io.scry.coordinator.rehearsal.TableScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The sentences every report format tells the rehearsal in, so all formats agree. */
public final class LockFindings {
  private LockFindings() {}

  /**
   * "rehearsal under traffic (1x, lead 5000 ms): traffic blocked up to 3214 ms (limit 1000 ms), …"
   */
  public static String headline(RehearsalSummary r) {
    return String.format(
        Locale.ROOT,
        "rehearsal under traffic (%sx replay, lead %d ms, migration %s): traffic blocked up to %d"
            + " ms (limit %d ms), ACCESS EXCLUSIVE on a table the traffic uses held up to %d ms"
            + " (limit %d ms)",
        trim(r.speed()),
        r.leadMs(),
        Findings.ms(r.migration().durationMs()),
        r.analysis().maxBlockedMs(),
        r.thresholds().maxBlockedMs(),
        r.analysis().maxAccessExclusiveMs(),
        r.thresholds().maxExclusiveMs());
  }

  /** A traffic pattern's blocked statements in words. */
  public static String blocked(BlockedPattern p) {
    return String.format(
        Locale.ROOT,
        "%s: %d statements blocked (%d directly, %d in the lock queue), %d ms in total, %d ms at"
            + " most",
        Findings.oneLine(p.pattern(), 100),
        p.statements(),
        p.directStatements(),
        p.queuedStatements(),
        p.totalBlockedMs(),
        p.maxBlockedMs());
  }

  /** What one migration statement did to locks, one sentence each, then its advice. */
  public static List<String> statement(RehearsedStatement s) {
    List<String> lines = new ArrayList<>();
    s.locks().forEach(l -> lines.add("took " + lock(l)));
    s.heldBy()
        .forEach(
            l ->
                lines.add(
                    "ran inside the transaction holding "
                        + l.longestBlockingMode().label()
                        + " on "
                        + l.relation()));
    s.waits().forEach(w -> lines.add(wait(w)));
    s.advice().forEach(a -> lines.add("advice: " + a));
    return lines;
  }

  /** "ACCESS EXCLUSIVE on orders, held 3214 ms (traffic uses it)". */
  public static String lock(RelationLock l) {
    return String.format(
        Locale.ROOT,
        "%s on %s, held %d ms%s",
        l.longestBlockingMode().label(),
        l.relation(),
        l.longestBlockingMs(),
        l.usedByTraffic() ? " (the traffic uses it)" : "");
  }

  public static String wait(MigrationWait w) {
    return String.format(
        Locale.ROOT,
        "waited %d ms for %s%s behind %s",
        w.waitedMs(),
        w.mode() == null ? w.lockType() : w.mode().label(),
        w.relation() == null ? "" : " on " + w.relation(),
        w.blockers().isEmpty()
            ? "(unknown)"
            : w.blockers().stream()
                .map(
                    b ->
                        "pid "
                            + b.pid()
                            + (b.migration() ? " (the migration's own)" : "")
                            + " "
                            + b.state()
                            + ": "
                            + Findings.oneLine(b.query(), 80))
                .collect(Collectors.joining("; ")));
  }

  /** Tables rewritten and read in full, and the WAL written while the migration ran. */
  public static List<String> relations(RehearsalSummary r) {
    List<String> lines = new ArrayList<>();
    for (Rewrite w : r.rewrites()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%s rewritten: %d rows, %s -> %s",
              w.relation(),
              w.rows(),
              bytes(w.sizeBeforeBytes()),
              bytes(w.sizeAfterBytes())));
    }
    for (TableScan s : r.scans()) {
      if (s.coversTable()) {
        lines.add(
            String.format(
                Locale.ROOT,
                "%s scanned in full (by the migration or the traffic): %d rows, %d sequential scans"
                    + " read %d rows",
                s.relation(),
                s.rows(),
                s.seqScans(),
                s.seqTuplesRead()));
      }
    }
    if (r.analysis().migration() != null) {
      lines.add(
          "WAL written while the migration ran (with the traffic's): "
              + bytes(r.analysis().migration().walBytes()));
    }
    return lines;
  }

  static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
