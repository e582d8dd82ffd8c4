package io.scry.coordinator.migration;

import io.scry.coordinator.compare.Comparer;
import io.scry.coordinator.compare.Comparison;
import io.scry.coordinator.compare.PatternComparison;
import io.scry.coordinator.compare.PercentileComparison;
import io.scry.coordinator.compare.Thresholds;
import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.explain.BlockingSql;
import io.scry.coordinator.explain.PlanChange;
import io.scry.coordinator.report.AdviceProofSummary;
import io.scry.protocol.v1.ReplayResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proof of a check's index advice: the indexes suggested for its regressed patterns, built on a
 * clone of the candidate template, with the capture replayed on fresh clones of it. Compared with
 * the baseline, the replays say whether the migration would pass with the indexes; compared with
 * the candidate, what the indexes gain for the reads they were suggested for and what they cost the
 * writes to their tables (every index is one more to maintain on each insert and update).
 */
final class AdviceProof {
  /** The table an {@code INSERT}, {@code UPDATE} or {@code DELETE} writes to. */
  private static final Pattern WRITE =
      Pattern.compile(
          "^\\s*(?:insert\\s+into|update|delete\\s+from)\\s+(?:only\\s+)?([\\w.\"]+)",
          Pattern.CASE_INSENSITIVE);

  /** The table of a {@code CREATE INDEX … ON table (…)}. */
  private static final Pattern INDEXED =
      Pattern.compile("\\bon\\s+(?:only\\s+)?([\\w.\"]+)", Pattern.CASE_INSENSITIVE);

  private static final Pattern CONCURRENTLY =
      Pattern.compile("\\s+concurrently\\b", Pattern.CASE_INSENSITIVE);

  private AdviceProof() {}

  /** The distinct index suggestions of the explained patterns, in the report's order. */
  static List<String> indexes(Map<Long, PlanChange> plans) {
    Set<String> indexes = new LinkedHashSet<>();
    plans.values().stream()
        .map(PlanChange::suggestion)
        .filter(s -> !s.isBlank())
        .forEach(indexes::add);
    return List.copyOf(indexes);
  }

  /**
   * Builds the indexes on {@code clone}: without {@code CONCURRENTLY}, which only matters under
   * traffic and makes PostgreSQL scan the table twice; the index it leaves is the same.
   *
   * @return why an index could not be built, empty when all were
   */
  static Optional<String> build(DatabaseUrl clone, List<String> indexes) {
    try (BlockingSql db = BlockingSql.connect(clone)) {
      for (String index : indexes) {
        try {
          db.execute(CONCURRENTLY.matcher(index).replaceFirst(""));
        } catch (RuntimeException e) {
          return Optional.of(index + ": " + e.getMessage());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * @param baseline the check's measured rounds on the baseline, and so on
   * @param advised the rounds on the candidate with the indexes
   */
  static AdviceProofSummary summarize(
      List<String> indexes,
      Thresholds thresholds,
      Map<Long, PlanChange> plans,
      List<ReplayResult> baseline,
      List<ReplayResult> candidate,
      List<ReplayResult> calibration,
      List<ReplayResult> advised,
      long durationMs) {
    Comparer comparer = new Comparer(thresholds);
    Comparison shipped = comparer.compare(baseline, advised, calibration);
    Comparison effect = comparer.compare(candidate, advised, List.of());
    Set<String> tables = new LinkedHashSet<>();
    indexes.forEach(index -> indexedTable(index).ifPresent(tables::add));
    List<AdviceProofSummary.Effect> reads = new ArrayList<>();
    List<AdviceProofSummary.Effect> writes = new ArrayList<>();
    for (PatternComparison p : effect.patterns()) {
      if (p.latency().percentiles().size() < 2) {
        continue;
      }
      PlanChange plan = plans.get(p.fingerprint());
      if (plan != null && !plan.suggestion().isBlank()) {
        reads.add(effect(p));
      } else if (writtenTable(p.query().normalizedSql()).filter(tables::contains).isPresent()) {
        writes.add(effect(p));
      }
    }
    return new AdviceProofSummary(
        indexes,
        shipped.verdict(),
        shipped.regressed().stream().map(p -> p.query().normalizedSql()).toList(),
        reads,
        writes,
        advised.size(),
        durationMs,
        "");
  }

  private static AdviceProofSummary.Effect effect(PatternComparison p) {
    PercentileComparison p50 = p.latency().percentiles().get(0);
    PercentileComparison p95 = p.latency().percentiles().get(1);
    return new AdviceProofSummary.Effect(
        p.query().normalizedSql(),
        p.count(),
        p50.baselineMs(),
        p50.candidateMs(),
        p95.baselineMs(),
        p95.candidateMs());
  }

  /** The table a write statement writes to: unqualified, unquoted, lower case. */
  static Optional<String> writtenTable(String sql) {
    return table(WRITE, sql);
  }

  /** The table of an index definition, the same way. */
  static Optional<String> indexedTable(String index) {
    return table(INDEXED, index);
  }

  private static Optional<String> table(Pattern pattern, String sql) {
    Matcher m = pattern.matcher(sql);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(1).replace("\"", "");
    return Optional.of(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
  }
}
