package io.scry.coordinator.report;

import io.scry.coordinator.rehearsal.BlockedPattern;
import io.scry.coordinator.rehearsal.MigrationWait;
import io.scry.coordinator.rehearsal.RelationLock;
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

  /** How many patterns of the window comparison the terminal, Markdown and HTML reports show. */
  static final int WINDOW_LINES = 5;

  /**
   * The latency in the migration's window against the same window without the migration, one line
   * per pattern whose slowest statement slowed most (at most {@link #WINDOW_LINES}); empty when not
   * measured.
   */
  public static List<String> windowLatency(RehearsalSummary r) {
    List<String> lines = new ArrayList<>();
    if (r.windowLatency().isEmpty()) {
      return lines;
    }
    lines.add(
        "latency while the migration ran (from the lead on), against the same window replayed on"
            + " a clone without the migration:");
    r.windowLatency().stream()
        .filter(w -> w.rehearsal().statements() > 0)
        .limit(WINDOW_LINES)
        .forEach(w -> lines.add(window(w)));
    return lines;
  }

  /**
   * "p50 1.20 ms -> 1.31 ms, p99 2.10 ms -> 3.30 ms, max 9.40 ms -> 2329 ms, 118 -> 120 statements,
   * 0 -> 3 errors: …".
   */
  static String window(WindowLatency w) {
    return String.format(
        Locale.ROOT,
        "p50 %s -> %s, p99 %s -> %s, max %s -> %s, %d -> %d statements, %d -> %d errors: %s",
        Findings.ms(w.baseline().latency().p50Ms()),
        Findings.ms(w.rehearsal().latency().p50Ms()),
        Findings.ms(w.baseline().latency().p99Ms()),
        Findings.ms(w.rehearsal().latency().p99Ms()),
        Findings.ms(w.baseline().latency().maxMs()),
        Findings.ms(w.rehearsal().latency().maxMs()),
        w.baseline().statements(),
        w.rehearsal().statements(),
        w.baseline().errors(),
        w.rehearsal().errors(),
        Findings.oneLine(w.pattern(), 100));
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

  /**
   * The proof of the advice, when one was tried: its headline ("rewrite: 3 ms blocked instead of
   * 9.8 s, …"), each statement it changed and why, and the notes of its rehearsal.
   */
  public static List<String> rewriteProof(RehearsalSummary r) {
    RewriteProofSummary proof = r.rewriteProof();
    if (proof == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    lines.add(rewriteHeadline(r, proof));
    for (RewriteProofSummary.Change c : proof.changes()) {
      lines.add(
          "rewrote "
              + Findings.oneLine(c.original(), 100)
              + " as "
              + c.rewritten().stream()
                  .map(sql -> Findings.oneLine(sql, 100))
                  .collect(Collectors.joining("; "))
              + ": "
              + c.reason());
    }
    if (proof.rehearsal() != null) {
      proof
          .rehearsal()
          .notes()
          .forEach(note -> lines.add("note on the rewrite's rehearsal: " + note));
    }
    return lines;
  }

  /** The proof's outcome in one sentence, the rewrite's measurements next to the original's. */
  static String rewriteHeadline(RehearsalSummary r, RewriteProofSummary proof) {
    return switch (proof.outcome()) {
      case PROVEN -> {
        RehearsalSummary w = proof.rehearsal();
        yield String.format(
            Locale.ROOT,
            "rewrite: %s blocked instead of %s, ACCESS EXCLUSIVE held %s instead of %s, rehearsed"
                + " under the same traffic: %s",
            duration(w.analysis().maxBlockedMs()),
            duration(r.analysis().maxBlockedMs()),
            duration(w.analysis().maxAccessExclusiveMs()),
            duration(r.analysis().maxAccessExclusiveMs()),
            w.lockRisk()
                ? "still a LOCK RISK, " + w.risks().get(0).message()
                : "within the lock limits");
      }
      case NOT_MECHANICAL -> "no mechanical rewrite: " + String.join("; ", proof.notMechanical());
      case FAILED -> "rewrite not proven, it failed under the same traffic: " + proof.failure();
    };
  }

  /** "3 ms", "980 ms", "9.8 s". */
  static String duration(long ms) {
    return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  /** Each table's rows and size, whether it was rewritten or read in full; then the WAL. */
  public static List<String> relations(RehearsalSummary r) {
    List<String> lines = new ArrayList<>();
    for (TableFinding t : r.tables()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%s: %d rows, %s%s%s%s",
              t.relation(),
              t.rows(),
              bytes(t.sizeBeforeBytes()),
              t.sizeAfterBytes() >= 0 && t.sizeAfterBytes() != t.sizeBeforeBytes()
                  ? " -> " + bytes(t.sizeAfterBytes())
                  : "",
              t.rewritten() ? ", rewritten" : "",
              t.scannedInFull() ? ", read in full (by the migration or the traffic)" : ""));
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
