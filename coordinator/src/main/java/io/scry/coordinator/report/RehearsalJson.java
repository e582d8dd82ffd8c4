package io.scry.coordinator.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scry.coordinator.rehearsal.BlockedPattern;
import io.scry.coordinator.rehearsal.LockAnalysis;
import io.scry.coordinator.rehearsal.MigrationWait;
import io.scry.coordinator.rehearsal.MigrationWindow;
import io.scry.coordinator.rehearsal.RelationLock;
import io.scry.coordinator.rehearsal.TimelineBucket;
import java.time.Instant;
import java.util.List;

/** The {@code rehearsal} object of {@code scry-report.json} (docs/REPORT-SCHEMA.md). */
final class RehearsalJson {
  private RehearsalJson() {}

  static ObjectNode of(RehearsalSummary r, ObjectMapper json) {
    LockAnalysis a = r.analysis();
    ObjectNode n = json.createObjectNode();
    n.put("lock_risk", r.lockRisk());
    n.put("speed", r.speed());
    n.put("lead_ms", r.leadMs());
    n.put("phase_ms", r.phaseMs());
    ObjectNode thresholds = n.putObject("thresholds");
    thresholds.put("max_blocked_ms", r.thresholds().maxBlockedMs());
    thresholds.put("max_exclusive_ms", r.thresholds().maxExclusiveMs());
    n.put("max_blocked_ms", a.maxBlockedMs());
    n.put("max_exclusive_ms", a.maxAccessExclusiveMs());
    ArrayNode risks = n.putArray("risks");
    for (LockRisk risk : r.risks()) {
      ObjectNode o = risks.addObject();
      o.put("kind", risk.kind().name());
      o.put("measured_ms", risk.measuredMs());
      o.put("limit_ms", risk.limitMs());
      o.put("relation", risk.relation());
      o.put("statement", risk.statement());
      o.put("message", risk.message());
    }
    MigrationWindow window = a.migration();
    if (window == null) {
      n.putNull("migration_window");
    } else {
      ObjectNode w = n.putObject("migration_window");
      w.put("start", Instant.ofEpochMilli(window.startMillis()).toString());
      w.put("end", Instant.ofEpochMilli(window.endMillis()).toString());
      w.put("wal_bytes", window.walBytes());
    }
    n.put("command", r.migration().command());
    n.put("duration_ms", r.migration().durationMs());
    ArrayNode statements = n.putArray("statements");
    r.statements().forEach(s -> statement(statements.addObject(), s));
    relations(n.putArray("relations"), a.relationLocks());
    ArrayNode tables = n.putArray("tables");
    for (TableFinding t : r.tables()) {
      ObjectNode o = tables.addObject();
      o.put("relation", t.relation());
      o.put("rows", t.rows());
      o.put("size_before_bytes", t.sizeBeforeBytes());
      o.put("size_after_bytes", t.sizeAfterBytes());
      o.put("rewritten", t.rewritten());
      o.put("scanned_in_full", t.scannedInFull());
    }
    ArrayNode blocked = n.putArray("blocked_patterns");
    for (BlockedPattern p : a.blockedPatterns()) {
      ObjectNode o = blocked.addObject();
      o.put("fingerprint", p.fingerprint());
      o.put("pattern", p.pattern());
      o.put("example", p.example());
      o.put("kind", p.kind().name());
      o.put("statements", p.statements());
      o.put("direct_statements", p.directStatements());
      o.put("queued_statements", p.queuedStatements());
      o.put("total_blocked_ms", p.totalBlockedMs());
      o.put("max_blocked_ms", p.maxBlockedMs());
    }
    ArrayNode windowLatency = n.putArray("window_latency");
    for (WindowLatency w : r.windowLatency()) {
      ObjectNode o = windowLatency.addObject();
      o.put("fingerprint", w.fingerprint());
      o.put("pattern", w.pattern());
      side(o.putObject("baseline"), w.baseline());
      side(o.putObject("rehearsal"), w.rehearsal());
      o.put("p99_increase_ms", w.p99IncreaseMs());
      o.put("max_increase_ms", w.maxIncreaseMs());
    }
    timeline(n.putObject("timeline"), a.timeline());
    ArrayNode notes = n.putArray("notes");
    r.notes().forEach(notes::add);
    if (r.rewriteProof() == null) {
      n.putNull("rewrite_proof");
    } else {
      rewriteProof(n.putObject("rewrite_proof"), r, r.rewriteProof(), json);
    }
    return n;
  }

  private static void side(ObjectNode o, WindowLatency.Side side) {
    o.put("statements", side.statements());
    o.put("errors", side.errors());
    o.put("p50_ms", side.latency().p50Ms());
    o.put("p95_ms", side.latency().p95Ms());
    o.put("p99_ms", side.latency().p99Ms());
    o.put("max_ms", side.latency().maxMs());
  }

  private static void rewriteProof(
      ObjectNode o, RehearsalSummary original, RewriteProofSummary proof, ObjectMapper json) {
    o.put("outcome", proof.outcome().name());
    o.put("summary", LockFindings.rewriteHeadline(original, proof));
    ArrayNode changes = o.putArray("changes");
    for (RewriteProofSummary.Change c : proof.changes()) {
      ObjectNode x = changes.addObject();
      x.put("original", c.original());
      ArrayNode rewritten = x.putArray("rewritten");
      c.rewritten().forEach(rewritten::add);
      x.put("reason", c.reason());
    }
    ArrayNode notMechanical = o.putArray("not_mechanical");
    proof.notMechanical().forEach(notMechanical::add);
    ArrayNode statements = o.putArray("statements");
    proof.statements().forEach(statements::add);
    o.put("original_max_blocked_ms", original.analysis().maxBlockedMs());
    o.put("original_max_exclusive_ms", original.analysis().maxAccessExclusiveMs());
    RehearsalSummary w = proof.rehearsal();
    if (w == null) {
      o.putNull("max_blocked_ms");
      o.putNull("max_exclusive_ms");
      o.putNull("lock_risk");
      o.putNull("rehearsal");
    } else {
      o.put("max_blocked_ms", w.analysis().maxBlockedMs());
      o.put("max_exclusive_ms", w.analysis().maxAccessExclusiveMs());
      o.put("lock_risk", w.lockRisk());
      o.set("rehearsal", of(w, json));
    }
    o.put("failure", proof.failure());
  }

  private static void statement(ObjectNode o, RehearsedStatement s) {
    MigrationSummary.Statement st = s.statement();
    o.put("sql", st.sql());
    o.put("start", Instant.ofEpochMilli(st.startMillis()).toString());
    o.put("duration_ms", st.durationMs());
    o.put("sqlstate", st.sqlstate());
    relations(o.putArray("locks"), s.locks());
    ArrayNode inside = o.putArray("inside_transaction_of");
    for (RelationLock l : s.heldBy()) {
      ObjectNode x = inside.addObject();
      x.put("relation", l.relation());
      x.put("mode", l.longestBlockingMode().label());
    }
    ArrayNode waits = o.putArray("waits");
    for (MigrationWait w : s.waits()) {
      ObjectNode x = waits.addObject();
      x.put("start", Instant.ofEpochMilli(w.startMillis()).toString());
      x.put("waited_ms", w.waitedMs());
      x.put("lock_type", w.lockType());
      x.put("relation", w.relation());
      x.put("mode", w.mode() == null ? null : w.mode().label());
      ArrayNode blockers = x.putArray("blockers");
      for (MigrationWait.Blocker b : w.blockers()) {
        ObjectNode y = blockers.addObject();
        y.put("pid", b.pid());
        y.put("application_name", b.applicationName());
        y.put("state", b.state());
        y.put("query", b.query());
        y.put("migration", b.migration());
      }
    }
    ArrayNode advice = o.putArray("advice");
    s.advice().forEach(advice::add);
  }

  private static void relations(ArrayNode array, List<RelationLock> locks) {
    for (RelationLock l : locks) {
      ObjectNode o = array.addObject();
      o.put("relation", l.relation());
      o.put("strongest_mode", l.strongestMode() == null ? null : l.strongestMode().label());
      o.put(
          "longest_blocking_mode",
          l.longestBlockingMode() == null ? null : l.longestBlockingMode().label());
      o.put("longest_blocking_ms", l.longestBlockingMs());
      o.put(
          "granted_at",
          l.grantedMillis() == 0 ? null : Instant.ofEpochMilli(l.grantedMillis()).toString());
      o.put("access_exclusive_ms", l.accessExclusiveMs());
      o.put("used_by_traffic", l.usedByTraffic());
    }
  }

  private static void timeline(ObjectNode o, List<TimelineBucket> buckets) {
    long start = buckets.isEmpty() ? 0 : buckets.get(0).startMillis();
    o.put("start", buckets.isEmpty() ? null : Instant.ofEpochMilli(start).toString());
    o.put("bucket_ms", buckets.size() > 1 ? buckets.get(1).startMillis() - start : 0);
    ArrayNode array = o.putArray("buckets");
    for (TimelineBucket b : buckets) {
      ObjectNode x = array.addObject();
      x.put("offset_ms", b.startMillis() - start);
      ObjectNode blocked = x.putObject("blocked");
      b.blockedBackends().forEach(blocked::put);
      x.put("migration_statement", b.migrationStatement());
    }
  }
}
