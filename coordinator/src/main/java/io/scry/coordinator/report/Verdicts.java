package io.scry.coordinator.report;

import io.scry.coordinator.compare.PatternComparison;
import io.scry.coordinator.compare.PatternStatus;
import io.scry.coordinator.compare.Percentile;
import io.scry.coordinator.compare.PercentileComparison;
import io.scry.coordinator.compare.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a pattern got its status, in words, for every report format: the rule that failed it, or —
 * for a pattern slower than a limit that still passed — the rule that let it through (the interval
 * reaches below the limit, the change is under the absolute floor, too few samples lie above the
 * percentile), with the sample size the judgement rests on. A reader should never have to recompute
 * a verdict from the numbers.
 */
public final class Verdicts {
  private Verdicts() {}

  public static String why(PatternComparison p, Thresholds t) {
    return switch (p.status()) {
      case REGRESSED -> "regressed: " + Findings.headline(p);
      case INCONCLUSIVE -> "inconclusive: " + Findings.inconclusive(p, t.minQueryCount());
      case PASSED -> passed(p, t);
    };
  }

  /** Whether a passed pattern was slower than a limit somewhere: its reason is worth showing. */
  public static boolean passedOverALimit(PatternComparison p) {
    return p.status() == PatternStatus.PASSED
        && p.latency().percentiles().stream().anyMatch(l -> l.ratio() > l.threshold());
  }

  private static String passed(PatternComparison p, Thresholds t) {
    List<PercentileComparison> percentiles = p.latency().percentiles();
    if (percentiles.isEmpty()) {
      return "passed: no latency to compare on one side; no error or result changed";
    }
    List<String> over = new ArrayList<>();
    for (PercentileComparison l : percentiles) {
      if (l.ratio() > l.threshold()) {
        over.add(overLimit(l, t));
      }
    }
    if (over.isEmpty()) {
      return String.format(
          Locale.ROOT,
          "passed: within limits (%s) over %d statements per round",
          percentiles.stream()
              .map(
                  l ->
                      l.percentile().label()
                          + " "
                          + Findings.ratio(l.ratio())
                          + " ≤ "
                          + Findings.ratio(l.threshold()))
              .collect(Collectors.joining(", ")),
          p.count());
    }
    return "passed: " + String.join("; ", over) + " (" + p.count() + " statements per round)";
  }

  /** Why one percentile above its limit did not fail the pattern. */
  private static String overLimit(PercentileComparison l, Thresholds t) {
    String slower = l.percentile().label() + " " + Findings.ratio(l.ratio());
    if (!l.judged()) {
      return String.format(
          Locale.ROOT,
          "%s not judged: %d samples, a %s needs %d (%d above it)",
          slower,
          l.samples(),
          l.percentile().label(),
          l.percentile().minSamples(),
          Percentile.MIN_TAIL_SAMPLES);
    }
    if (l.deltaMs() <= t.absoluteFloorMs()) {
      return String.format(
          Locale.ROOT,
          "%s but < %s floor: %s -> %s",
          slower,
          Findings.ms(t.absoluteFloorMs()),
          Findings.ms(l.baselineMs()),
          Findings.ms(l.candidateMs()));
    }
    return String.format(
        Locale.ROOT,
        "%s not significant: %d%% CI %s–%s includes the %s limit",
        slower,
        Math.round(t.confidence() * 100),
        Findings.ratio(l.interval().low()),
        Findings.ratio(l.interval().high()),
        Findings.ratio(l.threshold()));
  }
}
