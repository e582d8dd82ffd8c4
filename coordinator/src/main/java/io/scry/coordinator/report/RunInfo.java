package io.scry.coordinator.report;

import io.scry.protocol.replay.ReplayMode;
import java.util.Map;

/**
 * How the replay was made.
 *
 * @param capture the capture name or directory
 * @param shadow the shadow database URL without password
 * @param statementsPerRound statements replayed per round on one database
 * @param timingsMs wall time per phase (clone, migrate, warm-up, rounds, explain), in order
 * @param cloneEscapes statements per round that would reach beyond a clone (ALTER SYSTEM, roles,
 *     COPY … PROGRAM, …) and were not replayed, by kind
 * @param statementsAfterGaps statements per round not replayed because they came after a gap in
 *     their session's capture
 * @param statementsInCheckpoint statements per round not replayed because the shadow checkpoint the
 *     clones came from already holds their effects
 */
public record RunInfo(
    String capture,
    String shadow,
    ReplayMode mode,
    int rounds,
    double samplePct,
    long statementsPerRound,
    long sessionsPerRound,
    Map<String, Long> timingsMs,
    Map<String, Long> cloneEscapes,
    long statementsAfterGaps,
    long statementsInCheckpoint) {

  public RunInfo {
    cloneEscapes = Map.copyOf(cloneEscapes);
  }

  /** Statements per round not replayed because they would reach beyond a clone. */
  public long cloneEscapeCount() {
    return cloneEscapes.values().stream().mapToLong(Long::longValue).sum();
  }
}
