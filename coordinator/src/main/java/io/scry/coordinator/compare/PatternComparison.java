package io.scry.coordinator.compare;

import java.util.List;

/**
 * Everything the comparison found for one query pattern.
 *
 * @param query the pattern's text and representative statement
 * @param count statements of this pattern per round (the capture's count)
 * @param errors how the pattern's errors changed
 * @param artifacts errors the replay itself caused, apart from {@code errors}; when they are many,
 *     the pattern's latency and results are not judged
 */
public record PatternComparison(
    long fingerprint,
    PatternQuery query,
    long count,
    PatternStatus status,
    List<Failure> failures,
    LatencyComparison latency,
    List<ErrorChange> errors,
    ResultComparison results,
    ReplayArtifacts artifacts) {

  /** The fingerprint as reports print it: 16 hex digits. */
  public String fingerprintHex() {
    return String.format("%016x", fingerprint);
  }
}
