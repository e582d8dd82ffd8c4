package io.scry.coordinator.plan;

/**
 * Which part of a capture a job replays, as the job states it: a time window, or the capture's last
 * minutes, and a sample of whole sessions. {@link CaptureProfile#of} resolves it against the
 * capture into an {@link EventSelection}.
 *
 * @param fromUnixNanos first statement start to include, or null for the capture's start
 * @param toUnixNanos statement start to stop before, or null for the capture's end
 * @param lastMinutes the capture's last N minutes instead of from/to, or null
 * @param samplePct percentage of sessions, chosen by a stable hash of the session
 * @param replayPastGaps replay a session's statements after a gap in its capture too
 * @param afterCheckpointUnixNanos the source time up to which the target already holds the
 *     capture's effects (a shadow checkpoint's): only the transactions that committed after it are
 *     replayed ({@link CheckpointCut}), or null to replay every selected statement
 */
public record CapturePart(
    Long fromUnixNanos,
    Long toUnixNanos,
    Integer lastMinutes,
    double samplePct,
    boolean replayPastGaps,
    Long afterCheckpointUnixNanos) {}
