package io.scry.coordinator.shadow;

import io.scry.coordinator.config.DatabaseUrl;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Aligns a replay with the shadow checkpoint its targets are cloned from: finds the checkpoint a
 * gate ({@code --shadow-checkpoint}) or a job request ({@code shadowCheckpoint}) names, says from
 * which source time the capture is replayed, and compares that with the capture's time span. One
 * piece for the gate and the HTTP job API, so that both find, cut and word it the same way.
 *
 * <pre>{@code
 * ShadowCheckpoint c = CheckpointAlignment.find(shadowUrl, "--shadow", "before_0042",
 *     "--shadow-checkpoint");
 * CheckpointAlignment.compare(c, firstStartUnixNanos, lastEndUnixNanos).ifPresent(log::println);
 * spec.afterCheckpoint(CheckpointAlignment.replayAfterUnixNanos(c));
 * }</pre>
 */
public final class CheckpointAlignment {

  /** Clock differences and the checkpoint's own window stay below this without a warning. */
  private static final Duration TOLERANCE = Duration.ofSeconds(1);

  private CheckpointAlignment() {}

  /**
   * The checkpoint of that name on the shadow database of {@code shadow}.
   *
   * @param shadowOrigin where the shadow's URL came from, for the messages ({@code --shadow})
   * @param nameOrigin where the name came from ({@code --shadow-checkpoint})
   * @throws ShadowException naming the shadow (without its password) and what to run when it has no
   *     such checkpoint ({@link #unknown}), or when its server cannot be reached
   */
  public static ShadowCheckpoint find(
      DatabaseUrl shadow, String shadowOrigin, String name, String nameOrigin) {
    return lookup(shadow, shadowOrigin, name).orElseThrow(() -> unknown(shadow, name, nameOrigin));
  }

  /**
   * The checkpoint of that name, if the shadow has one.
   *
   * @throws ShadowException when the shadow's server cannot be reached, naming {@code shadowOrigin}
   */
  public static Optional<ShadowCheckpoint> lookup(
      DatabaseUrl shadow, String shadowOrigin, String name) {
    return ShadowCheckpoints.find(Endpoint.shadow(shadow, shadowOrigin), name);
  }

  /** The shadow has no checkpoint of that name: which shadow, and what to run. */
  public static ShadowException unknown(DatabaseUrl shadow, String name, String nameOrigin) {
    return new ShadowException(
        "the shadow " + shadow + " has no checkpoint '" + name + "' (" + nameOrigin + ")",
        "list its checkpoints with scry-cluster shadow checkpoint --list --shadow URL, or take one"
            + " with scry-cluster shadow checkpoint "
            + name
            + " --shadow URL");
  }

  /** One line for the gate's log: which checkpoint, where it cut the source, what is replayed. */
  public static String describe(ShadowCheckpoint checkpoint) {
    return String.format(
        Locale.ROOT,
        "shadow checkpoint %s: %s, source LSN %s at %s; replaying the transactions committed after"
            + " it",
        checkpoint.name(),
        checkpoint.database(),
        checkpoint.sourceLsn(),
        checkpoint.sourceTime());
  }

  /**
   * The source time after which captured transactions are replayed: the checkpoint's upper bound. A
   * transaction committed in the checkpoint's own window may be in it or not; replaying it could
   * collide with rows the checkpoint holds, skipping it loses none of them.
   */
  public static long replayAfterUnixNanos(ShadowCheckpoint checkpoint) {
    Instant upper = checkpoint.sourceTimeUpper();
    return TimeUnit.SECONDS.toNanos(upper.getEpochSecond()) + upper.getNano();
  }

  /**
   * Compares the checkpoint with a capture's time span (the proxy's clock against the source's).
   *
   * @return a warning when the capture starts more than a second after the checkpoint: the traffic
   *     in between is in neither
   * @throws ShadowException when the capture ended before the checkpoint was taken: the checkpoint
   *     holds all of it, and nothing would be replayed
   */
  public static Optional<String> compare(
      ShadowCheckpoint checkpoint, long firstStartUnixNanos, long lastEndUnixNanos) {
    Instant first = instant(firstStartUnixNanos);
    Instant last = instant(lastEndUnixNanos);
    if (last.isBefore(checkpoint.sourceTime())) {
      throw new ShadowException(
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
    if (hole.compareTo(TOLERANCE) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "the capture starts %s after the checkpoint %s: the traffic in between is in neither,"
                + " and replayed statements may miss what it wrote; take the checkpoint just before"
                + " the capture starts",
            hole.withNanos(0).toString().substring(2).toLowerCase(Locale.ROOT),
            checkpoint.name()));
  }

  private static Instant instant(long unixNanos) {
    return Instant.ofEpochSecond(0, unixNanos);
  }
}
