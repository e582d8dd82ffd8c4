package io.scry.cli.ci;

import io.scry.cli.failure.UserFailure;
import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.shadow.ShadowCheckpoint;
import io.scry.coordinator.shadow.ShadowCheckpoints;
import io.scry.protocol.segment.CaptureSummary;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Finds the shadow checkpoint a gate clones ({@code --shadow-checkpoint}) before anything is
 * cloned, and compares it with a local capture's time span: a capture that starts after the
 * checkpoint leaves traffic that is in neither (warned), one that ended before it is in the
 * checkpoint whole (a failure: nothing would be replayed).
 */
final class CheckpointCheck {

  /** Clock differences and the checkpoint's own window stay below this without a warning. */
  private static final Duration TOLERANCE = Duration.ofSeconds(1);

  private CheckpointCheck() {}

  /**
   * @param origin where the name came from, for the messages
   * @param capture the local capture's summary, or null when it is on a coordinator
   */
  static ShadowCheckpoint find(
      DatabaseUrl shadow, String name, String origin, CaptureSummary capture, PrintStream log) {
    ShadowCheckpoint checkpoint =
        ShadowCheckpoints.find(shadow, name)
            .orElseThrow(
                () ->
                    new UserFailure(
                        "the shadow "
                            + shadow
                            + " has no checkpoint '"
                            + name
                            + "' ("
                            + origin
                            + ")",
                        "list its checkpoints with scry-cluster shadow checkpoint --list --shadow"
                            + " URL, or take one with scry-cluster shadow checkpoint "
                            + name));
    log.printf(
        Locale.ROOT,
        "scry: shadow checkpoint %s: %s, source LSN %s at %s; replaying the transactions committed"
            + " after it%n",
        checkpoint.name(),
        checkpoint.database(),
        checkpoint.sourceLsn(),
        checkpoint.sourceTime());
    if (capture != null) {
      compare(checkpoint, capture, log);
    }
    return checkpoint;
  }

  private static void compare(
      ShadowCheckpoint checkpoint, CaptureSummary capture, PrintStream log) {
    Instant first = instant(capture.firstStartUnixNanos());
    Instant last = instant(capture.lastEndUnixNanos());
    if (last.isBefore(checkpoint.sourceTime())) {
      throw new UserFailure(
          "the capture ended at "
              + last
              + ", before the checkpoint "
              + checkpoint.name()
              + " was taken ("
              + checkpoint.sourceTime()
              + "): the checkpoint holds all of it and there is nothing to replay",
          "take the checkpoint first, then capture the traffic to replay on it");
    }
    Duration hole = Duration.between(checkpoint.sourceTimeUpper(), first);
    if (hole.compareTo(TOLERANCE) > 0) {
      log.printf(
          Locale.ROOT,
          "scry: warning: the capture starts %s after the checkpoint %s: the traffic in between is"
              + " in neither, and replayed statements may miss what it wrote; take the checkpoint"
              + " just before the capture starts%n",
          hole.withNanos(0).toString().substring(2).toLowerCase(Locale.ROOT),
          checkpoint.name());
    }
  }

  private static Instant instant(long unixNanos) {
    return Instant.ofEpochSecond(0, unixNanos);
  }
}
