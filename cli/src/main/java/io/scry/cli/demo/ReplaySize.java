package io.scry.cli.demo;

import io.scry.fixtures.scenario.RehearsalExpectation.Finding;
import io.scry.fixtures.scenario.Scenario;

/**
 * How much traffic the demo captures and in how many measured rounds the gate judges the migration.
 *
 * <p>The defaults, 1,200 statements and two rounds, pin a plan regression of an order of magnitude
 * down even on a busy machine. In a lock story the verdict is the rehearsal's: the measured rounds
 * only show that the schema the migration leaves is harmless, so the demo captures 800 statements
 * and judges the migration in one round. That pays for the rehearsals and the four validating scans
 * of check-constraint-validate within the 45 s the demo aims at. The release with the fix is always
 * judged in two rounds.
 *
 * @param statements the statements the captured workload issues
 * @param rounds the measured rounds of the migration's gate run
 */
record ReplaySize(long statements, int rounds) {

  private static final long STATEMENTS = 1_200;
  private static final long LOCK_STORY_STATEMENTS = 800;
  private static final int ROUNDS = 2;
  private static final int LOCK_STORY_ROUNDS = 1;

  /** The size for {@code scenario}, with the user's {@code --statements} and {@code --rounds}. */
  static ReplaySize of(Scenario scenario, Long statements, Integer rounds) {
    boolean lockStory = scenario.rehearsal().finding() == Finding.LOCK_RISK;
    ReplaySize size =
        new ReplaySize(
            statements != null ? statements : lockStory ? LOCK_STORY_STATEMENTS : STATEMENTS,
            rounds != null ? rounds : lockStory ? LOCK_STORY_ROUNDS : ROUNDS);
    if (size.statements < 100) {
      throw new IllegalArgumentException(
          "--statements must be at least 100, got " + size.statements);
    }
    if (size.rounds < 1) {
      throw new IllegalArgumentException("--rounds must be at least 1, got " + size.rounds);
    }
    return size;
  }
}
