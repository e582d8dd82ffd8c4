package io.scry.worker.replay;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.v1.Outcome;
import io.scry.protocol.v1.Statement;
import org.junit.jupiter.api.Test;

class ArtifactDetectorUnitTests {

  private static final Statement CAPTURED_OK =
      Statement.newBuilder().setSql("UPDATE t SET n = 1").setOutcome(Outcome.OUTCOME_OK).build();

  private final ArtifactDetector detector = new ArtifactDetector();

  private static StatementOutcome failed(String sqlstate) {
    return new StatementOutcome(10, 0, 0, sqlstate, "error " + sqlstate, false);
  }

  private static StatementOutcome ok() {
    return new StatementOutcome(10, 1, 7, "", "", false);
  }

  @Test
  void aLockTimeoutAndTheAbortedTransactionAfterItAreArtifacts() {
    assertTrue(detector.isArtifact(CAPTURED_OK, failed("55P03")));
    assertTrue(detector.isArtifact(CAPTURED_OK, failed("25P02")));
    assertTrue(detector.isArtifact(CAPTURED_OK, failed("25P02")));
    assertFalse(detector.isArtifact(CAPTURED_OK, ok()), "ROLLBACK at the END ends it");
    assertFalse(detector.isArtifact(CAPTURED_OK, failed("25P02")), "a later 25P02 is not");
  }

  @Test
  void anErrorTheCaptureHadTooIsReproducedNotAnArtifact() {
    Statement capturedDeadlock =
        CAPTURED_OK.toBuilder().setOutcome(Outcome.OUTCOME_ERROR).setSqlstate("40P01").build();

    assertFalse(detector.isArtifact(capturedDeadlock, failed("40P01")));
    assertFalse(detector.isArtifact(CAPTURED_OK, failed("25P02")));
  }

  @Test
  void anAbortedTransactionAfterARealErrorIsNoArtifact() {
    assertFalse(detector.isArtifact(CAPTURED_OK, failed("42703")));
    assertFalse(detector.isArtifact(CAPTURED_OK, failed("25P02")));
  }
}
