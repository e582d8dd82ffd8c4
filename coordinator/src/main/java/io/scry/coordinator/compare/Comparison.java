package io.scry.coordinator.compare;

import io.scry.protocol.gate.Verdict;
import java.util.List;

/**
 * The comparison of a candidate against a baseline: patterns ordered regressions first, then
 * inconclusive ones, each group by frequency-weighted impact.
 */
public record Comparison(
    Verdict verdict,
    Thresholds thresholds,
    int baselineRounds,
    int candidateRounds,
    List<PatternComparison> patterns,
    Calibration calibration) {

  public List<PatternComparison> regressed() {
    return withStatus(PatternStatus.REGRESSED);
  }

  public List<PatternComparison> inconclusive() {
    return withStatus(PatternStatus.INCONCLUSIVE);
  }

  public List<PatternComparison> withStatus(PatternStatus status) {
    return patterns.stream().filter(p -> p.status() == status).toList();
  }
}
