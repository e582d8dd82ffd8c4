package io.scry.coordinator.api;

import com.google.protobuf.InvalidProtocolBufferException;
import io.scry.coordinator.jobs.PhaseResult;
import io.scry.protocol.security.ConnectionStrings;
import io.scry.protocol.v1.ReplayResult;
import java.util.List;

/**
 * The body of {@code GET /api/v1/jobs/{id}/results}: the job and the merged {@link ReplayResult} of
 * every phase, as serialized protobuf bytes (base64 in JSON), so clients can compare them with the
 * same code as an in-process check.
 */
public record JobResults(JobView job, List<Phase> phases) {

  /**
   * One phase's merged result.
   *
   * @param targetIndex index into the job's targets, 0-based
   * @param result a serialized {@code scry.v1.ReplayResult}
   */
  public record Phase(int round, int targetIndex, String target, byte[] result) {

    static Phase of(PhaseResult phase) {
      return new Phase(
          phase.round(),
          phase.targetIndex(),
          ConnectionStrings.mask(phase.target()),
          phase.result().toByteArray());
    }

    /** Parses {@link #result}. */
    public ReplayResult replayResult() {
      try {
        return ReplayResult.parseFrom(result);
      } catch (InvalidProtocolBufferException e) {
        throw new IllegalArgumentException(
            "round " + round + ", target " + targetIndex + ": not a ReplayResult", e);
      }
    }
  }

  /** The merged results of one target, round 1 first. */
  public List<ReplayResult> ofTarget(int targetIndex) {
    return phases.stream()
        .filter(p -> p.targetIndex() == targetIndex)
        .sorted(java.util.Comparator.comparingInt(Phase::round))
        .map(Phase::replayResult)
        .toList();
  }
}
