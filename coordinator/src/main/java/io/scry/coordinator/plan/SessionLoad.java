package io.scry.coordinator.plan;

import io.scry.protocol.replay.SessionKey;

/**
 * How much work replaying one session is: its selected statements and their captured busy time (sum
 * of durations).
 */
public record SessionLoad(SessionKey session, long statements, long busyNanos) {}
