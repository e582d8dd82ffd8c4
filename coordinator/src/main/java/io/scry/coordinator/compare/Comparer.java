package io.scry.coordinator.compare;

import io.scry.protocol.gate.Verdict;
import io.scry.protocol.v1.ErrorCount;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ReplayResult;
import io.scry.protocol.v1.StatementDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.HdrHistogram.Histogram;

/**
 * Compares the replay rounds of a candidate database against those of the baseline, pattern by
 * pattern, and gives the verdict. Pure: no I/O, deterministic for the same inputs.
 *
 * <pre>{@code
 * Comparison c = new Comparer(Thresholds.DEFAULTS).compare(baselineRounds, candidateRounds, aaRounds);
 * System.exit(c.verdict().exitCode());
 * }</pre>
 */
public final class Comparer {
  private final Thresholds thresholds;

  public Comparer(Thresholds thresholds) {
    this.thresholds = thresholds;
  }

  /**
   * @param baseline one merged result per baseline round
   * @param candidate one merged result per candidate round
   * @param calibration one merged result per round on an untouched clone of the baseline (A/A); may
   *     be empty
   */
  public Comparison compare(
      List<ReplayResult> baseline, List<ReplayResult> candidate, List<ReplayResult> calibration) {
    return compare(baseline, candidate, calibration, List.of(), List.of());
  }

  /**
   * Like {@link #compare(List, List, List)}, with the discarded warm-up replays of each side as
   * more evidence of results that vary by themselves: a pattern whose results differ between a
   * side's warm-up and its rounds depends on the interleaving of the replay's sessions, and its
   * result differences are not held against the migration. Latency never uses the warm-ups.
   */
  public Comparison compare(
      List<ReplayResult> baseline,
      List<ReplayResult> candidate,
      List<ReplayResult> calibration,
      List<ReplayResult> baselineWarmUp,
      List<ReplayResult> candidateWarmUp) {
    if (baseline.isEmpty() || candidate.isEmpty()) {
      throw new IllegalArgumentException("a comparison needs at least one round on each side");
    }
    Map<Long, Sides> byPattern = new LinkedHashMap<>();
    collect(byPattern, baseline, Sides::baseline);
    collect(byPattern, candidate, Sides::candidate);
    collect(byPattern, calibration, Sides::calibration);
    collect(byPattern, baselineWarmUp, Sides::baselineWarmUp);
    collect(byPattern, candidateWarmUp, Sides::candidateWarmUp);

    List<PatternComparison> patterns = new ArrayList<>();
    for (Map.Entry<Long, Sides> entry : byPattern.entrySet()) {
      Sides sides = entry.getValue();
      if (!sides.baseline.isEmpty() || !sides.candidate.isEmpty()) {
        patterns.add(comparePattern(entry.getKey(), sides));
      }
    }
    patterns.sort(
        Comparator.comparing(PatternComparison::status)
            .thenComparing(
                Comparator.comparingDouble((PatternComparison p) -> p.latency().impactMs())
                    .reversed())
            .thenComparingLong(PatternComparison::fingerprint));
    Verdict verdict =
        patterns.stream().anyMatch(p -> p.status() == PatternStatus.REGRESSED)
            ? Verdict.REGRESSION
            : Verdict.SAFE;
    Calibration calibrationSummary =
        calibration.isEmpty() ? Calibration.NOT_MEASURED : calibrate(byPattern);
    return new Comparison(
        verdict,
        thresholds,
        baseline.size(),
        candidate.size(),
        List.copyOf(patterns),
        calibrationSummary);
  }

  private PatternComparison comparePattern(long fingerprint, Sides sides) {
    // The candidate's representative is one of its slower statements: when the pattern regressed,
    // one that shows the slow plan.
    PatternResult representative =
        sides.candidate.isEmpty() ? sides.baseline.get(0) : sides.candidate.get(0);
    long count =
        (sides.baseline.isEmpty() ? sides.candidate.get(0) : sides.baseline.get(0)).getCount();
    boolean enoughSamples = count >= thresholds.minQueryCount();
    List<Failure> failures = new ArrayList<>();

    List<Histogram> baselineLatency = histograms(sides.baseline);
    List<Histogram> candidateLatency = histograms(sides.candidate);
    List<Histogram> calibrationLatency = histograms(sides.calibration);
    List<PercentileComparison> latency = List.of();
    List<CurvePoint> curve = List.of();
    double baselineMean = mean(baselineLatency);
    double candidateMean = mean(candidateLatency);
    if (hasSamples(baselineLatency) && hasSamples(candidateLatency)) {
      latency =
          judgeLatency(
              fingerprint,
              baselineLatency,
              candidateLatency,
              hasSamples(calibrationLatency) ? calibrationLatency : null,
              enoughSamples);
      if (latency.stream().anyMatch(PercentileComparison::regressed)) {
        failures.add(Failure.LATENCY);
      }
      curve = curve(baselineLatency, candidateLatency);
    }
    if (!sides.baseline.isEmpty() && sides.candidate.isEmpty()) {
      failures.add(Failure.NOT_REPLAYED);
    }

    List<ErrorChange> errors = compareErrors(sides);
    if (errors.stream().anyMatch(e -> e.failing() && e.kind() == ErrorChange.Kind.NEW)) {
      failures.add(Failure.NEW_ERROR);
    }
    if (errors.stream().anyMatch(e -> e.failing() && e.kind() == ErrorChange.Kind.CHANGED)) {
      failures.add(Failure.ERROR_RATE);
    }

    boolean nondeterministic = resultsVary(sides);
    ReplayArtifacts artifacts = ReplayArtifacts.of(sides.baseline, sides.candidate);
    // A statement an artifact failed returned nothing on that side only: result digests of a
    // pattern with artifacts differ whatever the schema does.
    ResultDifference difference =
        nondeterministic || artifacts.any() ? null : resultDifference(sides, errors).orElse(null);
    if (difference != null) {
      failures.add(Failure.RESULT_DIFFERENCE);
    }
    if (artifacts.uncomparable()) {
      failures.remove(Failure.LATENCY);
    }

    PatternStatus status =
        !failures.isEmpty()
            ? PatternStatus.REGRESSED
            : enoughSamples && !artifacts.uncomparable()
                ? PatternStatus.PASSED
                : PatternStatus.INCONCLUSIVE;
    return new PatternComparison(
        fingerprint,
        new PatternQuery(
            representative.getNormalizedSql(),
            representative.getSampleSql(),
            representative.getSampleParametersList(),
            representative.getProtocol()),
        count,
        status,
        List.copyOf(failures),
        new LatencyComparison(
            latency,
            curve,
            baselineMean / 1000.0,
            candidateMean / 1000.0,
            count * (candidateMean - baselineMean) / 1000.0,
            lagP99Ms(sides.baseline),
            lagP99Ms(sides.candidate)),
        errors,
        new ResultComparison(difference, nondeterministic),
        artifacts);
  }

  private List<PercentileComparison> judgeLatency(
      long fingerprint,
      List<Histogram> baseline,
      List<Histogram> candidate,
      List<Histogram> calibration,
      boolean enoughSamples) {
    LatencySamples baselinePool = LatencySamples.pooled(baseline);
    LatencySamples candidatePool = LatencySamples.pooled(candidate);
    LatencySamples calibrationPool =
        calibration == null ? null : LatencySamples.pooled(calibration);
    RatioBootstrap bootstrap = new RatioBootstrap(baseline, candidate);
    List<PercentileComparison> result = new ArrayList<>();
    for (Percentile percentile : Percentile.values()) {
      double baselineMicros = baselinePool.atPercentile(percentile.value());
      double candidateMicros = candidatePool.atPercentile(percentile.value());
      double ratio = ratio(candidateMicros, baselineMicros);
      double noise =
          calibrationPool == null
              ? Double.NaN
              : ratio(calibrationPool.atPercentile(percentile.value()), baselineMicros);
      double threshold =
          thresholds.multiplier(percentile) * (Double.isNaN(noise) ? 1 : Math.max(1, noise));
      Interval interval =
          bootstrap.interval(
              percentile,
              thresholds.bootstrapIterations(),
              thresholds.confidence(),
              thresholds.seed() ^ fingerprint ^ percentile.ordinal());
      double deltaMs = (candidateMicros - baselineMicros) / 1000.0;
      long samples = Math.min(baselinePool.count(), candidatePool.count());
      boolean judged = samples >= percentile.minSamples();
      boolean regressed =
          enoughSamples
              && judged
              && ratio > threshold
              && deltaMs > thresholds.absoluteFloorMs()
              && interval.low() > threshold;
      result.add(
          new PercentileComparison(
              percentile,
              baselineMicros / 1000.0,
              candidateMicros / 1000.0,
              ratio,
              interval,
              noise,
              threshold,
              samples,
              judged,
              regressed));
    }
    return List.copyOf(result);
  }

  private static List<CurvePoint> curve(List<Histogram> baseline, List<Histogram> candidate) {
    LatencySamples before = LatencySamples.pooled(baseline);
    LatencySamples after = LatencySamples.pooled(candidate);
    List<CurvePoint> points = new ArrayList<>();
    for (double percentile : CurvePoint.PERCENTILES) {
      points.add(
          new CurvePoint(
              percentile,
              before.atPercentile(percentile) / 1000.0,
              after.atPercentile(percentile) / 1000.0));
    }
    return List.copyOf(points);
  }

  private Calibration calibrate(Map<Long, Sides> byPattern) {
    Map<Percentile, List<Double>> ratios = new LinkedHashMap<>();
    List<String> falsePositives = new ArrayList<>();
    int judged = 0;
    for (Map.Entry<Long, Sides> entry : byPattern.entrySet()) {
      Sides sides = entry.getValue();
      List<Histogram> baseline = histograms(sides.baseline);
      List<Histogram> clone = histograms(sides.calibration);
      if (sides.baseline.isEmpty()
          || sides.baseline.get(0).getCount() < thresholds.minQueryCount()
          || !hasSamples(baseline)
          || !hasSamples(clone)) {
        continue;
      }
      judged++;
      List<PercentileComparison> aa = judgeLatency(entry.getKey(), baseline, clone, null, true);
      aa.forEach(
          p -> ratios.computeIfAbsent(p.percentile(), k -> new ArrayList<>()).add(p.ratio()));
      if (aa.stream().anyMatch(PercentileComparison::regressed)) {
        falsePositives.add(sides.baseline.get(0).getNormalizedSql());
      }
    }
    List<Calibration.Noise> noise = new ArrayList<>();
    ratios.forEach(
        (percentile, values) -> {
          values.sort(Double::compare);
          noise.add(
              new Calibration.Noise(
                  percentile, values.get(values.size() / 2), values.get(values.size() - 1)));
        });
    return new Calibration(
        true, judged, List.copyOf(noise), falsePositives.size(), List.copyOf(falsePositives));
  }

  private List<ErrorChange> compareErrors(Sides sides) {
    Map<String, ErrorCount> baseline = errorTotals(sides.baseline);
    Map<String, ErrorCount> candidate = errorTotals(sides.candidate);
    long baselineTotal = sides.baseline.stream().mapToLong(PatternResult::getCount).sum();
    long candidateTotal = sides.candidate.stream().mapToLong(PatternResult::getCount).sum();
    Set<String> states = new LinkedHashSet<>(candidate.keySet());
    states.addAll(baseline.keySet());
    List<ErrorChange> changes = new ArrayList<>();
    for (String state : states) {
      ErrorCount before = baseline.get(state);
      ErrorCount after = candidate.get(state);
      long beforeCount = before == null ? 0 : before.getCount();
      long afterCount = after == null ? 0 : after.getCount();
      if (beforeCount == afterCount) {
        continue;
      }
      double beforeRate = rate(beforeCount, baselineTotal);
      double afterRate = rate(afterCount, candidateTotal);
      ErrorCount sample = after != null ? after : before;
      ErrorChange.Kind kind =
          beforeCount == 0
              ? ErrorChange.Kind.NEW
              : afterCount == 0 ? ErrorChange.Kind.GONE : ErrorChange.Kind.CHANGED;
      boolean failing =
          kind == ErrorChange.Kind.NEW
              || (kind == ErrorChange.Kind.CHANGED
                  && afterRate - beforeRate > thresholds.errorRateMaxDelta());
      changes.add(
          new ErrorChange(
              state,
              kind,
              beforeCount,
              afterCount,
              beforeRate,
              afterRate,
              sample.getSampleMessage(),
              sample.getSampleSql(),
              failing));
    }
    return List.copyOf(changes);
  }

  /**
   * The results vary by themselves: the baseline disagrees with itself (across its rounds, its
   * warm-up, or with its untouched clone), the candidate disagrees with its own warm-up, or the
   * candidate agrees with the baseline in some rounds and not in others. A migration that changes a
   * result changes it in every round; a difference that comes and goes is a race between the
   * workload's own sessions (a read that sees or misses another session's write, depending on the
   * replay's interleaving).
   */
  private static boolean resultsVary(Sides sides) {
    if (sides.baseline.isEmpty()) {
      return false;
    }
    PatternResult first = sides.baseline.get(0);
    long candidateRoundsDiffering =
        sides.candidate.stream().filter(r -> !sameResult(first, r)).count();
    return sides.baseline.stream().anyMatch(r -> !sameResult(first, r))
        || sides.calibration.stream().anyMatch(r -> !sameResult(first, r))
        || sides.baselineWarmUp.stream().anyMatch(r -> !sameResult(first, r))
        || (candidateRoundsDiffering > 0 && candidateRoundsDiffering < sides.candidate.size())
        || (!sides.candidate.isEmpty()
            && sides.candidateWarmUp.stream()
                .anyMatch(r -> !sameResult(sides.candidate.get(0), r)));
  }

  private static Optional<ResultDifference> resultDifference(
      Sides sides, List<ErrorChange> errors) {
    if (sides.baseline.isEmpty()) {
      return Optional.empty();
    }
    PatternResult baseline = sides.baseline.get(0);
    Optional<PatternResult> differing =
        sides.candidate.stream().filter(r -> !sameResult(baseline, r)).findFirst();
    if (differing.isEmpty()) {
      return Optional.empty();
    }
    PatternResult candidate = differing.get();
    Map<String, StatementDigest> baselineSamples = new LinkedHashMap<>();
    baseline.getDigestSamplesList().forEach(d -> baselineSamples.put(key(d), d));
    for (StatementDigest after : candidate.getDigestSamplesList()) {
      StatementDigest before = baselineSamples.get(key(after));
      if (before != null
          && before.getSqlstate().isEmpty()
          && after.getSqlstate().isEmpty()
          && (before.getDigest() != after.getDigest() || before.getRows() != after.getRows())) {
        return Optional.of(
            new ResultDifference(
                baseline.getRows(),
                candidate.getRows(),
                baseline.getResultDigest() != candidate.getResultDigest(),
                key(after),
                before.getRows(),
                after.getRows(),
                baseline.getSampleSql()));
      }
    }
    // No successful sampled statement differs: when error counts changed, the errors explain the
    // different totals and are reported as such; otherwise the difference stands without a sample.
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ResultDifference(
            baseline.getRows(),
            candidate.getRows(),
            baseline.getResultDigest() != candidate.getResultDigest(),
            "",
            -1,
            -1,
            baseline.getSampleSql()));
  }

  private static boolean sameResult(PatternResult a, PatternResult b) {
    return a.getRows() == b.getRows() && a.getResultDigest() == b.getResultDigest();
  }

  private static String key(StatementDigest digest) {
    return digest.getProxyId() + "/" + digest.getSessionId() + "/" + digest.getSequence();
  }

  private static Map<String, ErrorCount> errorTotals(List<PatternResult> rounds) {
    Map<String, ErrorCount> totals = new LinkedHashMap<>();
    for (PatternResult round : rounds) {
      for (ErrorCount error : round.getErrorsList()) {
        totals.merge(
            error.getSqlstate(),
            error,
            (a, b) -> a.toBuilder().setCount(a.getCount() + b.getCount()).build());
      }
    }
    return totals;
  }

  private static List<Histogram> histograms(List<PatternResult> rounds) {
    return rounds.stream().map(r -> LatencySamples.decode(r.getLatencyHistogram())).toList();
  }

  /**
   * The p99 of the pattern's schedule lag over a side's rounds, in ms; NaN when no round recorded
   * one (stress mode). Tells "the replay could not keep the schedule" apart from "the database was
   * slow" when reading a timed gate's latencies.
   */
  private static double lagP99Ms(List<PatternResult> rounds) {
    Histogram pooled =
        LatencySamples.pool(
            rounds.stream().map(r -> LatencySamples.decode(r.getScheduleLagHistogram())).toList());
    return pooled.getTotalCount() == 0 ? Double.NaN : pooled.getValueAtPercentile(99) / 1000.0;
  }

  private static boolean hasSamples(List<Histogram> rounds) {
    return !rounds.isEmpty() && rounds.stream().allMatch(h -> h.getTotalCount() > 0);
  }

  private static double mean(List<Histogram> rounds) {
    long count = rounds.stream().mapToLong(Histogram::getTotalCount).sum();
    if (count == 0) {
      return 0;
    }
    return rounds.stream().mapToDouble(h -> h.getMean() * h.getTotalCount()).sum() / count;
  }

  private static double ratio(double candidate, double baseline) {
    // Latencies are whole microseconds: a 0 µs baseline is "under a microsecond", not zero.
    return candidate / Math.max(baseline, 1.0);
  }

  private static double rate(long errors, long total) {
    return total == 0 ? 0 : (double) errors / total;
  }

  private static void collect(
      Map<Long, Sides> byPattern,
      List<ReplayResult> rounds,
      java.util.function.Function<Sides, List<PatternResult>> side) {
    for (ReplayResult round : rounds) {
      for (PatternResult pattern : round.getPatternsList()) {
        side.apply(byPattern.computeIfAbsent(pattern.getFingerprint(), k -> new Sides()))
            .add(pattern);
      }
    }
  }

  /** One pattern's results per round on each side. */
  private static final class Sides {
    final List<PatternResult> baseline = new ArrayList<>();
    final List<PatternResult> candidate = new ArrayList<>();
    final List<PatternResult> calibration = new ArrayList<>();
    final List<PatternResult> baselineWarmUp = new ArrayList<>();
    final List<PatternResult> candidateWarmUp = new ArrayList<>();

    List<PatternResult> baseline() {
      return baseline;
    }

    List<PatternResult> candidate() {
      return candidate;
    }

    List<PatternResult> calibration() {
      return calibration;
    }

    List<PatternResult> baselineWarmUp() {
      return baselineWarmUp;
    }

    List<PatternResult> candidateWarmUp() {
      return candidateWarmUp;
    }
  }
}
