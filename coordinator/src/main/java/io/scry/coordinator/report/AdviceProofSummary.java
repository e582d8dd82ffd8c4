package io.scry.coordinator.report;

import io.scry.protocol.gate.Verdict;
import java.util.List;

/**
 * The report's index advice, proven: the suggested indexes built on a clone of the candidate, and
 * the capture replayed on it for as many rounds as the check measured.
 *
 * @param indexes the statements built, as the report suggests them
 * @param verdict the check's verdict had the migration shipped with the indexes (the baseline
 *     against the candidate with them, the same thresholds and A/A noise); null when the proof
 *     failed
 * @param stillRegressed patterns that regress even with the indexes, by normalized text
 * @param reads the patterns the indexes were suggested for, the candidate against the candidate
 *     with the indexes
 * @param writes the patterns that write to an indexed table, the same way: what the indexes cost
 * @param rounds replays with the indexes
 * @param durationMs building and replaying
 * @param failure why the proof failed (an index could not be built, its replays failed), empty when
 *     it did not
 */
public record AdviceProofSummary(
    List<String> indexes,
    Verdict verdict,
    List<String> stillRegressed,
    List<Effect> reads,
    List<Effect> writes,
    int rounds,
    long durationMs,
    String failure) {

  public AdviceProofSummary {
    indexes = List.copyOf(indexes);
    stillRegressed = List.copyOf(stillRegressed);
    reads = List.copyOf(reads);
    writes = List.copyOf(writes);
  }

  /** The proof failed: an index could not be built, or its replays failed. */
  public static AdviceProofSummary failed(List<String> indexes, long durationMs, String failure) {
    return new AdviceProofSummary(
        indexes, null, List.of(), List.of(), List.of(), 0, durationMs, failure);
  }

  /**
   * One pattern on the candidate, without and with the indexes, over all rounds.
   *
   * @param count statements of the pattern per round
   */
  public record Effect(
      String pattern,
      long count,
      double withoutP50Ms,
      double withP50Ms,
      double withoutP95Ms,
      double withP95Ms) {}
}
