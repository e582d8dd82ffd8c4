package io.scry.coordinator.jobs;

import io.scry.protocol.v1.ReplayResult;
import java.util.List;
import java.util.Optional;

/** A finished job: its final status and the merged result of every phase that completed. */
public record JobOutcome(JobStatus status, List<PhaseResult> results) {

  public JobOutcome {
    results = List.copyOf(results);
  }

  /** The merged result of {@code round} (1-based) against target number {@code targetIndex}. */
  public Optional<ReplayResult> result(int round, int targetIndex) {
    return results.stream()
        .filter(r -> r.round() == round && r.targetIndex() == targetIndex)
        .map(PhaseResult::result)
        .findFirst();
  }

  public boolean succeeded() {
    return status.state() == JobState.DONE;
  }
}
