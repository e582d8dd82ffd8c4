package io.scry.coordinator.compare;

import java.util.List;

/**
 * What an A/A run (the baseline against an untouched clone of itself) says about the noise of this
 * machine: per percentile the median and the largest ratio over the patterns with enough samples,
 * and how many patterns the latency rules would have flagged between two identical databases.
 *
 * @param measured false when no A/A rounds ran; the other fields are then empty or zero
 */
public record Calibration(
    boolean measured,
    int patternsJudged,
    List<Noise> noise,
    int falsePositives,
    List<String> falsePositivePatterns) {

  public static final Calibration NOT_MEASURED = new Calibration(false, 0, List.of(), 0, List.of());

  /** The spread of A/A ratios at one percentile. */
  public record Noise(Percentile percentile, double medianRatio, double maxRatio) {}
}
