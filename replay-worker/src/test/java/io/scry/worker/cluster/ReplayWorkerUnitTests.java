package io.scry.worker.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ReplayWorkerUnitTests {

  @Test
  void aFailureReasonIsTheRootCauseCutToWhatOneClusterMessageCarries() {
    String statement = "INSERT INTO t VALUES ('" + "z".repeat(1 << 20) + "')";
    Throwable failure =
        new CompletionException(
            new IllegalStateException("replay failed", new RuntimeException("at " + statement)));

    String reason = ReplayWorker.reason(failure);

    assertTrue(reason.startsWith("at INSERT INTO t VALUES ('zzz"), reason.substring(0, 40));
    assertTrue(reason.endsWith("... (" + ("at " + statement).length() + " characters)"));
    assertTrue(reason.length() < ReplayWorker.MAX_REASON_CHARS + 40, "length " + reason.length());
    assertEquals(
        "cannot connect",
        ReplayWorker.reason(new CompletionException(new RuntimeException("cannot connect"))));
  }
}
