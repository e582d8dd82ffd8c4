package io.scry.coordinator.merge;

import io.scry.protocol.v1.ReplayResult;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The readable form of one phase's merged result: per-pattern count, errors and latency percentiles
 * (busiest pattern first) and the overall schedule lag (how late statements started against their
 * due time, which tells "the replayer is behind" apart from "the database is slow"), and the
 * statements not replayed because they would reach beyond the target ({@code cloneEscapes}, by
 * kind), and the shards re-planned after their worker was lost ({@code failovers}).
 */
public record PhaseReport(
    int round,
    int targetIndex,
    String target,
    long statements,
    long sessions,
    long errors,
    double wallSeconds,
    Percentiles scheduleLag,
    Map<String, Long> cloneEscapes,
    List<FailoverRow> failovers,
    List<PatternRow> patterns) {

  public static PhaseReport of(int round, int targetIndex, ReplayResult result) {
    List<PatternRow> rows =
        result.getPatternsList().stream()
            .map(PatternRow::of)
            .sorted(
                Comparator.comparingLong(PatternRow::count)
                    .reversed()
                    .thenComparing(PatternRow::sql))
            .toList();
    return new PhaseReport(
        round,
        targetIndex,
        result.getTarget(),
        result.getStatements(),
        result.getSessions(),
        rows.stream().mapToLong(PatternRow::errors).sum(),
        result.getWallNanos() / 1e9,
        Percentiles.of(result.getScheduleLagHistogram()),
        new TreeMap<>(result.getCloneEscapesMap()),
        result.getFailoversList().stream().map(FailoverRow::of).toList(),
        rows);
  }
}
