package io.scry.coordinator.compare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;

/**
 * A two-level bootstrap of the ratio candidate/baseline of a latency percentile: each resample
 * draws the rounds of each side with replacement (so a change seen in one round only does not
 * hold), then a percentile of that pool as a resample of its statements would give it.
 *
 * <p>The second level needs no explicit resampling: the k-th smallest of n values drawn with
 * replacement from an empirical distribution is that distribution's quantile at a Beta(k, n-k+1)
 * variate, so one Beta draw and a binary search replace n draws and a sort.
 *
 * <p>Deterministic: the same histograms and seed give the same interval.
 */
final class RatioBootstrap {
  private final List<Histogram> baselineRounds;
  private final List<Histogram> candidateRounds;
  private final Map<String, LatencySamples> pools = new HashMap<>();

  RatioBootstrap(List<Histogram> baselineRounds, List<Histogram> candidateRounds) {
    if (baselineRounds.isEmpty() || candidateRounds.isEmpty()) {
      throw new IllegalArgumentException("both sides need at least one round");
    }
    this.baselineRounds = baselineRounds;
    this.candidateRounds = candidateRounds;
  }

  /** The interval of the ratio at {@code confidence} (two-sided). */
  Interval interval(Percentile percentile, int iterations, double confidence, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] ratios = new double[iterations];
    for (int i = 0; i < iterations; i++) {
      double baseline = resampledPercentile("b", baselineRounds, percentile, random);
      double candidate = resampledPercentile("c", candidateRounds, percentile, random);
      ratios[i] = candidate / Math.max(baseline, 1.0);
    }
    Arrays.sort(ratios);
    double tail = (1 - confidence) / 2;
    return new Interval(at(ratios, tail), at(ratios, 1 - tail));
  }

  private double resampledPercentile(
      String side, List<Histogram> rounds, Percentile percentile, SplittableRandom random) {
    int[] picks = new int[rounds.size()];
    for (int i = 0; i < picks.length; i++) {
      picks[i] = random.nextInt(rounds.size());
    }
    Arrays.sort(picks);
    LatencySamples pool =
        pools.computeIfAbsent(
            side + Arrays.toString(picks),
            key -> LatencySamples.pooled(Arrays.stream(picks).mapToObj(rounds::get).toList()));
    long n = pool.count();
    if (n == 0) {
      return 0;
    }
    long k = LatencySamples.rankOf(percentile.value(), n);
    double u = beta(k, n - k + 1, random);
    return pool.atRank((long) Math.ceil(u * n));
  }

  private static double at(double[] sorted, double quantile) {
    int index = (int) Math.floor(quantile * (sorted.length - 1));
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  static double beta(double a, double b, SplittableRandom random) {
    double x = gamma(a, random);
    double y = gamma(b, random);
    return x / (x + y);
  }

  /** Marsaglia and Tsang's method; shapes here are always >= 1. */
  private static double gamma(double shape, SplittableRandom random) {
    double d = shape - 1.0 / 3.0;
    double c = 1.0 / Math.sqrt(9.0 * d);
    while (true) {
      double x;
      double v;
      do {
        x = gaussian(random);
        v = 1.0 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller; SplittableRandom has no nextGaussian on Java 17.
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
