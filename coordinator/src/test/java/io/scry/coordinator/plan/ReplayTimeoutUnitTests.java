package io.scry.coordinator.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A replay's default bound follows the capture's span or its size, whichever takes longer. */
class ReplayTimeoutUnitTests {

  @Test
  void aSmallCaptureGetsTheMinimum() {
    assertEquals(ReplayTimeout.MINIMUM, ReplayTimeout.forCapture(Duration.ofSeconds(2), 300));
  }

  @Test
  void aLongCaptureGetsThreeTimesItsSpan() {
    assertEquals(
        Duration.ofHours(6).plusMinutes(10),
        ReplayTimeout.forCapture(Duration.ofHours(2), 1_000_000));
  }

  @Test
  void aDenseCaptureGetsItsStatementsAtTheSlowestRate() {
    // 10,000,000 statements captured in 100 s: a stress replay took 28 minutes on a loaded
    // machine, beyond the span's 30-minute bound.
    assertEquals(
        Duration.ofSeconds(10_000).plusMinutes(10),
        ReplayTimeout.forCapture(Duration.ofSeconds(100), 10_000_000));
  }
}
