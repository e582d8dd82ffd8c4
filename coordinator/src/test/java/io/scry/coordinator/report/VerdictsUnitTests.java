package io.scry.coordinator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.compare.Calibration;
import io.scry.coordinator.compare.Comparison;
import io.scry.coordinator.compare.Failure;
import io.scry.coordinator.compare.Interval;
import io.scry.coordinator.compare.LatencyComparison;
import io.scry.coordinator.compare.PatternComparison;
import io.scry.coordinator.compare.PatternQuery;
import io.scry.coordinator.compare.PatternStatus;
import io.scry.coordinator.compare.Percentile;
import io.scry.coordinator.compare.PercentileComparison;
import io.scry.coordinator.compare.ReplayArtifacts;
import io.scry.coordinator.compare.ResultComparison;
import io.scry.coordinator.compare.Thresholds;
import io.scry.protocol.gate.Verdict;
import io.scry.protocol.replay.ReplayMode;
import io.scry.protocol.v1.ProtocolKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every pattern says why it got its status, a slower one that passed above all. */
class VerdictsUnitTests {
  private static final Thresholds T = Thresholds.DEFAULTS;

  @Test
  void aSlowerPatternWhoseIntervalReachesBelowTheLimitIsNotSignificant() {
    PatternComparison p =
        pattern(
            PatternStatus.PASSED,
            35,
            within(Percentile.P50),
            within(Percentile.P95),
            new PercentileComparison(
                Percentile.P99,
                4,
                12,
                3.0,
                new Interval(1.3, 14),
                Double.NaN,
                2,
                1000,
                true,
                false));

    assertEquals(
        "passed: p99 3.00x not significant: 95% CI 1.30x–14x includes the 2.00x limit"
            + " (35 statements per round)",
        Verdicts.why(p, T));
    assertTrue(Verdicts.passedOverALimit(p));
  }

  @Test
  void aSlowerTailWithTooFewSamplesAboveItIsNotJudged() {
    PatternComparison p =
        pattern(
            PatternStatus.PASSED,
            32,
            within(Percentile.P50),
            within(Percentile.P95),
            new PercentileComparison(
                Percentile.P99,
                1.17,
                5.69,
                4.86,
                new Interval(2.2, 6.9),
                Double.NaN,
                2,
                64,
                false,
                false));

    assertEquals(
        "passed: p99 4.86x not judged: 64 samples, a p99 needs 500 (5 above it)"
            + " (32 statements per round)",
        Verdicts.why(p, T));
  }

  @Test
  void aSlowerPatternUnderTheAbsoluteFloorPassesSayingSo() {
    PatternComparison p =
        pattern(
            PatternStatus.PASSED,
            400,
            new PercentileComparison(
                Percentile.P50,
                0.1,
                0.4,
                4.0,
                new Interval(3.5, 4.5),
                Double.NaN,
                1.5,
                1000,
                true,
                false),
            within(Percentile.P95),
            within(Percentile.P99));

    assertEquals(
        "passed: p50 4.00x but < 1.00 ms floor: 0.10 ms -> 0.40 ms (400 statements per round)",
        Verdicts.why(p, T));
  }

  @Test
  void aPatternWithinItsLimitsListsThemInPercentileOrder() {
    PatternComparison p =
        pattern(
            PatternStatus.PASSED,
            50,
            within(Percentile.P50),
            within(Percentile.P95),
            within(Percentile.P99));

    assertEquals(
        "passed: within limits (p50 1.05x ≤ 1.50x, p95 1.05x ≤ 2.00x, p99 1.05x ≤ 2.00x) over 50"
            + " statements per round",
        Verdicts.why(p, T));
    assertFalse(Verdicts.passedOverALimit(p));
  }

  @Test
  void anInconclusivePatternNamesItsSampleSize() {
    PatternComparison p = pattern(PatternStatus.INCONCLUSIVE, 5, within(Percentile.P50));

    assertEquals(
        "inconclusive: only 5 statements per round (min_query_count 20)", Verdicts.why(p, T));
  }

  @Test
  void theTerminalListsEveryPercentileInP50P95P99OrderWhicheverRegressed() {
    PatternComparison p =
        new PatternComparison(
            1,
            new PatternQuery("select 1", "SELECT 1", List.of(), ProtocolKind.PROTOCOL_SIMPLE),
            50,
            PatternStatus.REGRESSED,
            List.of(Failure.LATENCY),
            new LatencyComparison(
                List.of(
                    within(Percentile.P50),
                    new PercentileComparison(
                        Percentile.P95,
                        4,
                        12,
                        3.0,
                        new Interval(2.5, 3.5),
                        Double.NaN,
                        2,
                        1000,
                        true,
                        true),
                    within(Percentile.P99)),
                List.of(),
                2,
                3,
                50),
            List.of(),
            new ResultComparison(null, false),
            ReplayArtifacts.NONE);
    Comparison comparison =
        new Comparison(
            Verdict.REGRESSION,
            T,
            2,
            2,
            List.of(p),
            new Calibration(false, 0, List.of(), 0, List.of()));
    VerdictReport report =
        new VerdictReport(
            Instant.now(),
            new RunInfo(
                "capture",
                "postgres://u@h:5432/db",
                ReplayMode.STRESS,
                2,
                100,
                50,
                1,
                Map.of(),
                Map.of(),
                0,
                0),
            comparison,
            Map.of(),
            null);

    List<String> percentiles =
        new TerminalReport(false)
            .render(report)
            .lines()
            .filter(l -> l.matches("\\s+p(50|95|99) .*"))
            .map(l -> l.strip().substring(0, 3))
            .toList();

    assertEquals(List.of("p50", "p95", "p99"), percentiles);
  }

  private static PercentileComparison within(Percentile percentile) {
    double limit = T.multiplier(percentile);
    return new PercentileComparison(
        percentile, 2, 2.1, 1.05, new Interval(0.9, 1.2), Double.NaN, limit, 1000, true, false);
  }

  private static PatternComparison pattern(
      PatternStatus status, long count, PercentileComparison... percentiles) {
    return new PatternComparison(
        1,
        new PatternQuery("select 1", "SELECT 1", List.of(), ProtocolKind.PROTOCOL_SIMPLE),
        count,
        status,
        List.<Failure>of(),
        new LatencyComparison(List.of(percentiles), List.of(), 2, 2.1, 0),
        List.of(),
        new ResultComparison(null, false),
        ReplayArtifacts.NONE);
  }
}
