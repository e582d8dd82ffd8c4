package io.scry.cli.jobs;

import io.scry.coordinator.api.JobResults;
import io.scry.coordinator.api.JobView;
import io.scry.coordinator.compare.Comparer;
import io.scry.coordinator.compare.Comparison;
import io.scry.coordinator.compare.Thresholds;
import io.scry.coordinator.report.RunInfo;
import io.scry.coordinator.report.VerdictReport;
import io.scry.protocol.v1.ReplayResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The verdict of a finished job whose targets follow the comparison convention: target 0 is the
 * baseline, target 1 the candidate and an optional target 2 an untouched clone of the baseline (A/A
 * calibration). Every round of the job is one round of the comparison.
 */
final class JobVerdict {
  static final int BASELINE = 0;
  static final int CANDIDATE = 1;
  static final int CALIBRATION = 2;

  private JobVerdict() {}

  /**
   * @throws IllegalArgumentException when the job has fewer than two targets or did not finish
   *     successfully (the message is the one-line error the user sees)
   */
  static VerdictReport of(JobResults results, Thresholds thresholds) {
    JobView job = results.job();
    int targets = job.spec().targets().size();
    if (targets < 2) {
      throw new IllegalArgumentException(
          "job "
              + job.id()
              + " has "
              + targets
              + " target: a comparison needs two targets (0 = baseline, 1 = candidate,"
              + " optional 2 = A/A clone of the baseline)");
    }
    if (!"done".equals(job.state())) {
      throw new IllegalArgumentException(
          "job "
              + job.id()
              + " is "
              + job.state()
              + (job.reason() == null ? "" : " (" + job.reason() + ")")
              + ": only a done job has a verdict");
    }
    List<ReplayResult> baseline = results.ofTarget(BASELINE);
    Comparison comparison =
        new Comparer(thresholds)
            .compare(
                baseline,
                results.ofTarget(CANDIDATE),
                targets > CALIBRATION ? results.ofTarget(CALIBRATION) : List.of());
    ReplayResult first = baseline.get(0);
    RunInfo run =
        new RunInfo(
            job.spec().capture(),
            job.spec().targets().get(BASELINE),
            job.spec().mode(),
            job.spec().rounds(),
            job.spec().samplePct(),
            first.getStatements(),
            first.getSessions(),
            Map.of(),
            first.getCloneEscapesMap(),
            first.getStatementsAfterGaps(),
            first.getStatementsInCheckpoint());
    return new VerdictReport(Instant.now(), run, comparison, Map.of(), null);
  }
}
