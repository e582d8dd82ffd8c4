package io.scry.coordinator.compare;

import static io.scry.coordinator.compare.SyntheticPatterns.error;
import static io.scry.coordinator.compare.SyntheticPatterns.latencies;
import static io.scry.coordinator.compare.SyntheticPatterns.pattern;
import static io.scry.coordinator.compare.SyntheticPatterns.round;
import static io.scry.coordinator.compare.SyntheticPatterns.rounds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.compare.SyntheticPatterns.PatternSpec;
import io.scry.protocol.gate.Verdict;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ReplayResult;
import io.scry.protocol.v1.StatementDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparerUnitTests {
  private static final String BY_REGION = "SELECT * FROM orders WHERE region = $1";
  private static final String BY_ID = "SELECT * FROM orders WHERE id = $1";
  private final Comparer comparer = new Comparer(Thresholds.DEFAULTS);

  @Test
  void noOpNoiseNeverFails() {
    // 30 independent no-op runs of 6 patterns, each with the jitter of a busy 2-core machine
    // (sigma 0.5: p99 is ~3x the median) and few enough samples for percentiles to wobble.
    for (int run = 0; run < 30; run++) {
      PatternSpec[] baseline = new PatternSpec[6];
      PatternSpec[] candidate = new PatternSpec[6];
      for (int p = 0; p < 6; p++) {
        double median = 0.5 + 3 * p;
        int count = 25 + 60 * p;
        baseline[p] = new PatternSpec(p + 1, "SELECT " + p, median, 0.5, count, run * 100 + p);
        candidate[p] =
            new PatternSpec(p + 1, "SELECT " + p, median, 0.5, count, run * 100 + p + 50);
      }
      Comparison comparison =
          comparer.compare(
              rounds("baseline", 2, baseline), rounds("candidate", 2, candidate), List.of());
      assertEquals(
          Verdict.SAFE, comparison.verdict(), "run " + run + ": " + comparison.regressed());
    }
  }

  @Test
  void missingIndexRegressionFailsWithItsRatios() {
    Comparison comparison =
        comparer.compare(
            rounds("baseline", 2, new PatternSpec(7, BY_REGION, 2, 0.3, 300, 1)),
            rounds("candidate", 2, new PatternSpec(7, BY_REGION, 184, 0.3, 300, 2)),
            List.of());

    assertEquals(Verdict.REGRESSION, comparison.verdict());
    PatternComparison pattern = comparison.patterns().get(0);
    assertEquals(List.of(Failure.LATENCY), pattern.failures());
    PercentileComparison p50 = pattern.latency().percentiles().get(0);
    assertEquals(Percentile.P50, p50.percentile());
    assertTrue(p50.ratio() > 80 && p50.ratio() < 105, "p50 ratio " + p50.ratio());
    assertTrue(p50.interval().low() > 1.5);
    assertTrue(pattern.latency().percentiles().stream().allMatch(PercentileComparison::regressed));
    assertEquals(Verdict.REGRESSION.exitCode(), 5);
  }

  @Test
  void aHeavierTailIsJudgedOnlyWithFiveSamplesAboveThePercentile() {
    // Same median, a tail ten times heavier: real when seen in 800 samples, unknowable in 64,
    // where the p99 is the single largest sample.
    for (int perRound : new int[] {32, 400}) {
      Comparison comparison =
          comparer.compare(
              rounds("baseline", 2, new PatternSpec(1, BY_ID, 1, 0.2, perRound, 1)),
              rounds("candidate", 2, new PatternSpec(1, BY_ID, 1, 1.2, perRound, 2)),
              List.of());
      List<PercentileComparison> percentiles = comparison.patterns().get(0).latency().percentiles();
      PercentileComparison p99 = percentiles.get(2);
      assertTrue(p99.ratio() > 2, perRound + " per round: p99 ratio " + p99.ratio());
      assertEquals(2L * perRound, p99.samples());
      if (perRound == 32) {
        assertEquals(Verdict.SAFE, comparison.verdict());
        assertTrue(percentiles.get(0).judged(), "64 samples are enough for a p50");
        assertFalse(percentiles.get(1).judged(), "a p95 needs 100");
        assertFalse(p99.judged());
        assertFalse(p99.regressed());
      } else {
        assertTrue(p99.judged());
        assertTrue(p99.regressed(), p99.toString());
        assertEquals(Verdict.REGRESSION, comparison.verdict());
      }
    }
  }

  @Test
  void changeBelowTheAbsoluteFloorPasses() {
    // 4x slower, but 0.05 ms -> 0.2 ms is below the 1 ms floor.
    Comparison comparison =
        comparer.compare(
            rounds("baseline", 2, new PatternSpec(1, BY_ID, 0.05, 0.1, 500, 1)),
            rounds("candidate", 2, new PatternSpec(1, BY_ID, 0.2, 0.1, 500, 2)),
            List.of());

    assertEquals(Verdict.SAFE, comparison.verdict());
    PatternComparison pattern = comparison.patterns().get(0);
    assertEquals(PatternStatus.PASSED, pattern.status());
    assertTrue(pattern.latency().percentiles().get(0).ratio() > 3);
  }

  @Test
  void patternBelowSampleFloorIsInconclusiveNotPassed() {
    Comparison comparison =
        comparer.compare(
            rounds("baseline", 2, new PatternSpec(1, BY_ID, 2, 0.2, 10, 1)),
            rounds("candidate", 2, new PatternSpec(1, BY_ID, 50, 0.2, 10, 2)),
            List.of());

    assertEquals(Verdict.SAFE, comparison.verdict());
    assertEquals(1, comparison.inconclusive().size());
    PatternComparison pattern = comparison.inconclusive().get(0);
    assertFalse(pattern.latency().percentiles().get(0).regressed());
    assertTrue(pattern.latency().percentiles().get(0).ratio() > 10, "the ratio is still reported");
  }

  @Test
  void slowdownInOneRoundOnlyDoesNotHold() {
    List<ReplayResult> baseline = rounds("baseline", 2, new PatternSpec(1, BY_ID, 5, 0.2, 300, 1));
    List<ReplayResult> candidate =
        List.of(round("candidate", 0, byId(20, 300, 11)), round("candidate", 1, byId(5, 300, 12)));

    Comparison comparison = comparer.compare(baseline, candidate, List.of());

    assertEquals(Verdict.SAFE, comparison.verdict(), comparison.patterns().toString());
    PercentileComparison p99 = comparison.patterns().get(0).latency().percentiles().get(2);
    assertTrue(p99.ratio() > 2, "the pooled p99 alone would have failed: " + p99.ratio());
    assertTrue(p99.interval().low() <= p99.threshold());
  }

  @Test
  void slowdownInEveryRoundHolds() {
    List<ReplayResult> baseline = rounds("baseline", 2, new PatternSpec(1, BY_ID, 5, 0.2, 300, 1));
    List<ReplayResult> candidate =
        rounds("candidate", 2, new PatternSpec(1, BY_ID, 20, 0.2, 300, 2));

    assertEquals(Verdict.REGRESSION, comparer.compare(baseline, candidate, List.of()).verdict());
  }

  @Test
  void calibrationNoiseRaisesTheBar() {
    List<ReplayResult> baseline = rounds("baseline", 2, new PatternSpec(1, BY_ID, 5, 0.1, 400, 1));
    List<ReplayResult> candidate =
        rounds("candidate", 2, new PatternSpec(1, BY_ID, 9, 0.1, 400, 2));
    // The untouched clone itself ran 1.6x slower: the machine, not the migration.
    List<ReplayResult> clone = rounds("calibration", 2, new PatternSpec(1, BY_ID, 8, 0.1, 400, 3));

    assertEquals(Verdict.REGRESSION, comparer.compare(baseline, candidate, List.of()).verdict());
    Comparison calibrated = comparer.compare(baseline, candidate, clone);
    assertEquals(Verdict.SAFE, calibrated.verdict());
    PercentileComparison p50 = calibrated.patterns().get(0).latency().percentiles().get(0);
    assertTrue(p50.noiseRatio() > 1.5, "noise " + p50.noiseRatio());
    assertTrue(p50.threshold() > 2.2, "threshold " + p50.threshold());
    Calibration calibration = calibrated.calibration();
    assertTrue(calibration.measured());
    assertEquals(1, calibration.patternsJudged());
    assertEquals(1, calibration.falsePositives(), "the A/A run itself looks like a regression");
  }

  @Test
  void quietCalibrationReportsNoFalsePositives() {
    List<ReplayResult> baseline = rounds("baseline", 2, new PatternSpec(1, BY_ID, 5, 0.3, 400, 1));
    List<ReplayResult> candidate =
        rounds("candidate", 2, new PatternSpec(1, BY_ID, 5, 0.3, 400, 2));
    List<ReplayResult> clone = rounds("calibration", 2, new PatternSpec(1, BY_ID, 5, 0.3, 400, 3));

    Calibration calibration = comparer.compare(baseline, candidate, clone).calibration();

    assertEquals(0, calibration.falsePositives());
    assertEquals(3, calibration.noise().size());
    assertTrue(calibration.noise().get(0).maxRatio() < 1.2);
  }

  @Test
  void newErrorFailsRegardlessOfLatency() {
    ReplayResult baseline = baselineRound(byId(2, 100, 1));
    ReplayResult candidate =
        candidateRound(byId(2, 100, 2).setErrorCount(100).addErrors(error("42703", 100)));

    Comparison comparison = compareOneRound(baseline, candidate);

    assertEquals(Verdict.REGRESSION, comparison.verdict());
    PatternComparison pattern = comparison.patterns().get(0);
    assertTrue(pattern.failures().contains(Failure.NEW_ERROR));
    ErrorChange change = pattern.errors().get(0);
    assertEquals("42703", change.sqlstate());
    assertEquals(ErrorChange.Kind.NEW, change.kind());
    assertEquals("error 42703", change.sampleMessage());
    assertEquals(1.0, change.candidateRate());
  }

  @Test
  void resultsThatDifferFromTheirOwnWarmUpAreNotHeldAgainstTheMigration() {
    ReplayResult warmUp = baselineRound(byId(2, 500, 1).setResultDigest(7));
    ReplayResult baseline = round("baseline", 1, byId(2, 500, 2));
    ReplayResult candidate = round("candidate", 1, byId(2, 500, 3).setResultDigest(8));

    Comparison once = compareOneRound(baseline, candidate);
    Comparison withWarmUp =
        comparer.compare(
            List.of(baseline), List.of(candidate), List.of(), List.of(warmUp), List.of());

    assertEquals(Verdict.REGRESSION, once.verdict(), "one round alone cannot tell");
    assertEquals(Verdict.SAFE, withWarmUp.verdict());
    assertTrue(withWarmUp.patterns().get(0).results().nondeterministic());
  }

  @Test
  void aResultChangeThatHoldsInTheWarmUpsToo() {
    ReplayResult baselineWarmUp = baselineRound(byId(2, 500, 1));
    ReplayResult candidateWarmUp = candidateRound(byId(2, 500, 2).setResultDigest(8));
    ReplayResult baseline = round("baseline", 1, byId(2, 500, 3));
    ReplayResult candidate = round("candidate", 1, byId(2, 500, 4).setResultDigest(8));

    Comparison comparison =
        comparer.compare(
            List.of(baseline),
            List.of(candidate),
            List.of(),
            List.of(baselineWarmUp),
            List.of(candidateWarmUp));

    assertEquals(Verdict.REGRESSION, comparison.verdict());
    assertEquals(List.of(Failure.RESULT_DIFFERENCE), comparison.patterns().get(0).failures());
  }

  @Test
  void replayArtifactsAreNeverNewErrors() {
    ReplayResult baseline = baselineRound(byId(2, 1000, 1));
    ReplayResult candidate =
        candidateRound(
            byId(2, 1000, 2)
                .setResultDigest(99)
                .addArtifacts(error("55P03", 2))
                .addArtifacts(error("25P02", 3)));

    Comparison comparison = compareOneRound(baseline, candidate);

    assertEquals(Verdict.SAFE, comparison.verdict(), comparison.patterns().toString());
    PatternComparison pattern = comparison.patterns().get(0);
    assertEquals(PatternStatus.PASSED, pattern.status(), "0.5% artifacts leave latency judgeable");
    assertEquals(List.of(), pattern.errors());
    assertNull(
        pattern.results().difference(), "an artifact's missing rows are no result difference");
    assertEquals(5, pattern.artifacts().candidateCount());
    assertEquals(Map.of("55P03", 2L, "25P02", 3L), pattern.artifacts().bySqlstate());
  }

  @Test
  void manyReplayArtifactsMakeAPatternInconclusiveNotRegressed() {
    ReplayResult baseline = baselineRound(byId(2, 500, 1));
    // Slower too: the statements that waited on the replay's own locks.
    ReplayResult candidate = candidateRound(byId(40, 500, 2).addArtifacts(error("40P01", 30)));

    Comparison comparison = compareOneRound(baseline, candidate);

    assertEquals(Verdict.SAFE, comparison.verdict());
    PatternComparison pattern = comparison.patterns().get(0);
    assertEquals(PatternStatus.INCONCLUSIVE, pattern.status());
    assertTrue(pattern.artifacts().uncomparable());
    assertTrue(pattern.latency().percentiles().get(0).ratio() > 10, "the ratio is still reported");
  }

  @Test
  void aNewErrorStillRegressesAPatternFullOfArtifacts() {
    ReplayResult baseline = baselineRound(byId(2, 500, 1));
    ReplayResult candidate =
        candidateRound(
            byId(2, 500, 2)
                .setErrorCount(10)
                .addErrors(error("42703", 10))
                .addArtifacts(error("55P03", 30)));

    Comparison comparison = compareOneRound(baseline, candidate);

    assertEquals(Verdict.REGRESSION, comparison.verdict());
    assertEquals(List.of(Failure.NEW_ERROR), comparison.patterns().get(0).failures());
  }

  @Test
  void newErrorInRareQueryStillFails() {
    ReplayResult baseline = baselineRound(byId(2, 3, 1));
    ReplayResult candidate = candidateRound(byId(2, 3, 2).addErrors(error("22P02", 1)));

    assertEquals(Verdict.REGRESSION, compareOneRound(baseline, candidate).verdict());
  }

  @Test
  void goneErrorsAreReportedButPass() {
    ReplayResult baseline = baselineRound(byId(2, 100, 1).addErrors(error("23505", 4)));
    ReplayResult candidate = candidateRound(byId(2, 100, 2));

    Comparison comparison = compareOneRound(baseline, candidate);

    assertEquals(Verdict.SAFE, comparison.verdict());
    assertEquals(ErrorChange.Kind.GONE, comparison.patterns().get(0).errors().get(0).kind());
  }

  @Test
  void errorRateGrowthFailsOnlyBeyondTheAllowedDelta() {
    ReplayResult baseline = baselineRound(byId(2, 1000, 1).addErrors(error("40001", 10)));
    ReplayResult slightlyMore = candidateRound(byId(2, 1000, 2).addErrors(error("40001", 15)));
    ReplayResult muchMore = candidateRound(byId(2, 1000, 2).addErrors(error("40001", 80)));

    Comparison within = compareOneRound(baseline, slightlyMore);
    Comparison beyond = compareOneRound(baseline, muchMore);

    assertEquals(Verdict.SAFE, within.verdict());
    assertEquals(ErrorChange.Kind.CHANGED, within.patterns().get(0).errors().get(0).kind());
    assertEquals(Verdict.REGRESSION, beyond.verdict());
    assertEquals(List.of(Failure.ERROR_RATE), beyond.patterns().get(0).failures());
  }

  @Test
  void resultDifferenceFailsWithTheDifferingSampledStatement() {
    StatementDigest same = digest(9, 1, 11);
    ReplayResult baseline =
        baselineRound(byId(2, 100, 1).addDigestSamples(same).addDigestSamples(digest(12, 2, 22)));
    ReplayResult candidate =
        candidateRound(
            byId(2, 100, 2)
                .setResultDigest(777)
                .addDigestSamples(same)
                .addDigestSamples(digest(12, 2, 23)));

    Comparison comparison = compareOneRound(baseline, candidate);

    assertEquals(Verdict.REGRESSION, comparison.verdict());
    ResultDifference difference = comparison.patterns().get(0).results().difference();
    assertNotNull(difference);
    assertTrue(difference.digestDiffers());
    assertEquals("proxy-1/12/2", difference.sampleKey());
  }

  @Test
  void aResultDifferenceInSomeRoundsOnlyIsARaceNotTheMigration() {
    Comparison comparison =
        comparer.compare(
            digestRounds("baseline", 1, 5, 5), digestRounds("candidate", 3, 5, 6), List.of());

    assertEquals(Verdict.SAFE, comparison.verdict());
    assertTrue(comparison.patterns().get(0).results().nondeterministic());
    assertNull(comparison.patterns().get(0).results().difference());
  }

  @Test
  void aResultDifferenceInEveryRoundFails() {
    Comparison comparison =
        comparer.compare(
            digestRounds("baseline", 1, 5, 5), digestRounds("candidate", 3, 6, 6), List.of());

    assertEquals(Verdict.REGRESSION, comparison.verdict());
    assertNotNull(comparison.patterns().get(0).results().difference());
  }

  @Test
  void nondeterministicResultsAreNotHeldAgainstTheMigration() {
    List<ReplayResult> baseline =
        List.of(
            round(
                "baseline",
                0,
                pattern(1, "SELECT random()", latencies(2, 0.2, 100, 1)).setResultDigest(1)),
            round(
                "baseline",
                1,
                pattern(1, "SELECT random()", latencies(2, 0.2, 100, 2)).setResultDigest(2)));
    List<ReplayResult> candidate =
        List.of(
            round(
                "candidate",
                0,
                pattern(1, "SELECT random()", latencies(2, 0.2, 100, 3)).setResultDigest(3)));

    Comparison comparison = comparer.compare(baseline, candidate, List.of());

    assertEquals(Verdict.SAFE, comparison.verdict());
    assertTrue(comparison.patterns().get(0).results().nondeterministic());
    assertNull(comparison.patterns().get(0).results().difference());
  }

  @Test
  void patternMissingOnTheCandidateFails() {
    ReplayResult baseline = baselineRound(byId(2, 100, 1));
    ReplayResult candidate = round("candidate", 0);

    Comparison comparison = compareOneRound(baseline, candidate);

    assertEquals(List.of(Failure.NOT_REPLAYED), comparison.patterns().get(0).failures());
  }

  @Test
  void frequencyWeightedImpactOrdersThePatterns() {
    // Pattern 1: 50 ms slower but rare; pattern 2: 10 ms slower and 20x as frequent.
    Comparison comparison =
        comparer.compare(
            rounds(
                "baseline",
                2,
                new PatternSpec(1, BY_ID, 5, 0.1, 30, 1),
                new PatternSpec(2, BY_REGION, 2, 0.1, 600, 2),
                new PatternSpec(3, "SELECT 1", 1, 0.1, 600, 3)),
            rounds(
                "candidate",
                2,
                new PatternSpec(1, BY_ID, 55, 0.1, 30, 4),
                new PatternSpec(2, BY_REGION, 12, 0.1, 600, 5),
                new PatternSpec(3, "SELECT 1", 1, 0.1, 600, 6)),
            List.of());

    assertEquals(
        List.of(2L, 1L, 3L),
        comparison.patterns().stream().map(PatternComparison::fingerprint).toList());
    assertTrue(
        comparison.patterns().get(0).latency().impactMs()
            > comparison.patterns().get(1).latency().impactMs());
  }

  @Test
  void sameInputsGiveTheSameComparison() {
    List<ReplayResult> baseline = rounds("baseline", 3, new PatternSpec(1, BY_ID, 5, 0.4, 200, 1));
    List<ReplayResult> candidate =
        rounds("candidate", 3, new PatternSpec(1, BY_ID, 9, 0.4, 200, 2));

    assertEquals(
        comparer.compare(baseline, candidate, List.of()),
        comparer.compare(baseline, candidate, List.of()));
  }

  /** Compares a single baseline round with a single candidate round, without calibration. */
  private Comparison compareOneRound(ReplayResult baseline, ReplayResult candidate) {
    return comparer.compare(List.of(baseline), List.of(candidate), List.of());
  }

  /** Round 0 of the baseline, replaying {@code pattern}: its only round, or its warm-up. */
  private static ReplayResult baselineRound(PatternResult.Builder pattern) {
    return round("baseline", 0, pattern);
  }

  /** Round 0 of the candidate, replaying {@code pattern}: its only round, or its warm-up. */
  private static ReplayResult candidateRound(PatternResult.Builder pattern) {
    return round("candidate", 0, pattern);
  }

  /**
   * Pattern 1 ({@code BY_ID}) with the quiet jitter (sigma 0.2) most of these tests replay: {@code
   * count} samples around {@code medianMs}, drawn with {@code seed}.
   */
  private static PatternResult.Builder byId(double medianMs, int count, long seed) {
    return pattern(1, BY_ID, latencies(medianMs, 0.2, count, seed));
  }

  /**
   * One round of BY_ID per result digest, the latency samples of round {@code r} drawn with seed
   * {@code firstSeed + r}.
   */
  private static List<ReplayResult> digestRounds(String run, int firstSeed, long... digests) {
    List<ReplayResult> rounds = new ArrayList<>();
    for (int r = 0; r < digests.length; r++) {
      rounds.add(round(run, r, byId(2, 100, firstSeed + r).setResultDigest(digests[r])));
    }
    return rounds;
  }

  private static StatementDigest digest(long session, long sequence, long digest) {
    return StatementDigest.newBuilder()
        .setProxyId("proxy-1")
        .setSessionId(session)
        .setSequence(sequence)
        .setDigest(digest)
        .setRows(1)
        .build();
  }
}
