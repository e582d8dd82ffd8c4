package io.scry.cli.demo;

import io.scry.fixtures.scenario.RehearsalExpectation.Finding;
import io.scry.fixtures.scenario.Scenario;

/**
 * How much traffic the demo captures and in how many measured rounds the gate judges the migration
 * and the release with the fix.
 *
 * <p>The defaults, 1,200 statements and two rounds, pin a plan regression of an order of magnitude
 * down even on a busy machine, and give the re-validation after a table rewrite enough baseline and
 * A/A replays to recognise results that vary by themselves (ties under ORDER BY ... LIMIT). In a
 * lock story the verdicts are the rehearsal's and nothing rewrites the table: the measured rounds
 * only show that the schema left behind is harmless, so the demo captures 800 statements and judges
 * the migration in one round: its REGRESSION is the rehearsal's, whatever the round says. The fixed
 * release's SAFE rests on its rounds, so it gets two, like every story's: in one round, a burst of
 * other work during the candidate's replay once made every pattern about twice as slow there as on
 * the baseline and the A/A clone, and the fix "regressed". That pays for part of its rehearsals and
 * four validating scans; the story still takes longer than the 45 s the demo aims at
 * (docs/BENCHMARKS.md, "The check-constraint scenario").
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
    int defaultRounds = lockStory ? LOCK_STORY_ROUNDS : ROUNDS;
    ReplaySize size =
        new ReplaySize(
            statements != null ? statements : lockStory ? LOCK_STORY_STATEMENTS : STATEMENTS,
            rounds != null ? rounds : defaultRounds);
    if (size.statements < 100) {
      throw new IllegalArgumentException(
          "--statements must be at least 100, got " + size.statements);
    }
    if (size.rounds < 1) {
      throw new IllegalArgumentException("--rounds must be at least 1, got " + size.rounds);
    }
    return size;
  }

  /** The measured rounds of the fixed release's gate run. */
  int fixRounds() {
    return ROUNDS;
  }
}
