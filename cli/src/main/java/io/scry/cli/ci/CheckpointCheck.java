package io.scry.cli.ci;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.shadow.CheckpointAlignment;
import io.scry.coordinator.shadow.ShadowCheckpoint;
import io.scry.protocol.segment.CaptureSummary;
import java.io.PrintStream;

/**
 * The gate's side of {@code --shadow-checkpoint}: finds the checkpoint before anything is cloned
 * and compares it with a local capture, through {@link CheckpointAlignment} (what the HTTP job API
 * uses too), printing its findings to the gate's log. Its failures are {@code ShadowException}s,
 * which the command line's error contract prints.
 */
final class CheckpointCheck {

  private CheckpointCheck() {}

  /**
   * @param shadowOrigin where the shadow's URL came from, for the messages
   * @param nameOrigin where the name came from, for the messages
   * @param capture the local capture's summary, or null when it is on a coordinator
   */
  static ShadowCheckpoint find(
      DatabaseUrl shadow,
      String shadowOrigin,
      String name,
      String nameOrigin,
      CaptureSummary capture,
      PrintStream log) {
    ShadowCheckpoint checkpoint = CheckpointAlignment.find(shadow, shadowOrigin, name, nameOrigin);
    log.println("scry: " + CheckpointAlignment.describe(checkpoint));
    if (capture != null) {
      CheckpointAlignment.compare(
              checkpoint, capture.firstStartUnixNanos(), capture.lastEndUnixNanos())
          .ifPresent(warning -> log.println("scry: warning: " + warning));
    }
    return checkpoint;
  }
}
