package io.scry.worker.replay;

import io.scry.protocol.v1.Outcome;
import io.scry.protocol.v1.Statement;
import java.util.Set;

/**
 * Tells, for one session, a replay artifact from an error of the database under test.
 *
 * <p>An artifact is an error that the replay's own interleaving caused and the capture did not
 * have: a lock wait ended by the replay's {@code lock_timeout} (55P03), a deadlock (40P01) or a
 * serialization failure (40001); and every statement that then failed with 25P02 because such an
 * error had aborted its transaction. A captured statement that failed with the same SQLSTATE in
 * production is no artifact: the replay reproduced it. Artifacts are reported apart from errors and
 * never count as errors of the migration. Not thread-safe: a session's statements run one at a
 * time.
 */
final class ArtifactDetector {

  /** SQLSTATEs that only the interleaving of concurrent sessions produces. */
  static final Set<String> INTERLEAVING_ERRORS = Set.of("55P03", "40P01", "40001");

  static final String IN_FAILED_TRANSACTION = "25P02";

  private boolean transactionAbortedByArtifact;

  /** Whether {@code outcome} of the replay of {@code captured} is an artifact. */
  boolean isArtifact(Statement captured, StatementOutcome outcome) {
    if (!outcome.failed()) {
      transactionAbortedByArtifact = false;
      return false;
    }
    boolean reproduced =
        captured.getOutcome() == Outcome.OUTCOME_ERROR
            && captured.getSqlstate().equals(outcome.sqlstate());
    if (reproduced) {
      transactionAbortedByArtifact = false;
      return false;
    }
    if (INTERLEAVING_ERRORS.contains(outcome.sqlstate())) {
      transactionAbortedByArtifact = true;
      return true;
    }
    if (outcome.sqlstate().equals(IN_FAILED_TRANSACTION) && transactionAbortedByArtifact) {
      return true;
    }
    transactionAbortedByArtifact = false;
    return false;
  }
}
