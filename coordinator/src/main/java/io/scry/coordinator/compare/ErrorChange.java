package io.scry.coordinator.compare;

/**
 * How one SQLSTATE's errors of one pattern changed. Counts are totals over all rounds.
 *
 * @param failing whether this change alone fails the verdict (every {@link Kind#NEW} does; a {@link
 *     Kind#CHANGED} one when its rate grew by more than the allowed delta)
 */
public record ErrorChange(
    String sqlstate,
    Kind kind,
    long baselineCount,
    long candidateCount,
    double baselineRate,
    double candidateRate,
    String sampleMessage,
    String sampleSql,
    boolean failing) {

  public enum Kind {
    /** Only the candidate raised it. */
    NEW,
    /** Only the baseline raised it: the migration fixed something (or removed a code path). */
    GONE,
    /** Both raised it, a different number of times. */
    CHANGED
  }
}
