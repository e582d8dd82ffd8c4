package io.scry.cli.demo;

import io.scry.fixtures.scenario.RehearsalExpectation.Finding;
import io.scry.fixtures.scenario.Scenario;

/**
 * How big the demo's story is: the orders loaded, the statements the workload issues through the
 * proxy, and the measured rounds in which the gate judges the migration and the release with the
 * fix.
 *
 * <p>Every replay, clone and scan grows with the orders, and the demo replays the capture a dozen
 * times or more; the defaults are the smallest sizes at which each story still tells itself on a
 * busy machine. 40,000 orders keep a lost index's sequential scans ten times or more slower than
 * the index. A lock story needs fewer: its validating scan is scaled to last 1.2 s whatever the
 * orders (the scenario's setup), so 25,000 do.
 *
 * <p>1,200 statements and two rounds pin a plan regression of an order of magnitude down even on a
 * busy machine, and give the re-validation after a table rewrite enough baseline and A/A replays to
 * recognise results that vary by themselves (ties under ORDER BY ... LIMIT). In a lock story the
 * verdicts are the rehearsal's and nothing rewrites the table: the measured rounds only show that
 * the schema left behind is harmless, so the demo captures 800 statements and judges the migration
 * in one round: its REGRESSION is the rehearsal's, whatever the round says. The fixed release's
 * SAFE rests on its rounds, so it gets two, like every story's: in one round, a burst of other work
 * during the candidate's replay once made every pattern about twice as slow there as on the
 * baseline and the A/A clone, and the fix "regressed".
 *
 * @param rows the orders loaded into production
 * @param statements the statements the captured workload issues
 * @param rounds the measured rounds of the migration's gate run
 */
record StorySize(long rows, long statements, int rounds) {

  private static final long ROWS = 40_000;
  private static final long LOCK_STORY_ROWS = 25_000;
  private static final long STATEMENTS = 1_200;
  private static final long LOCK_STORY_STATEMENTS = 800;
  private static final int ROUNDS = 2;
  private static final int LOCK_STORY_ROUNDS = 1;

  /**
   * The size for {@code scenario}, with the user's {@code --rows}, {@code --statements} and {@code
   * --rounds} (null where not given).
   */
  static StorySize of(Scenario scenario, Long rows, Long statements, Integer rounds) {
    boolean lockStory = scenario.rehearsal().finding() == Finding.LOCK_RISK;
    StorySize size =
        new StorySize(
            rows != null ? rows : lockStory ? LOCK_STORY_ROWS : ROWS,
            statements != null ? statements : lockStory ? LOCK_STORY_STATEMENTS : STATEMENTS,
            rounds != null ? rounds : lockStory ? LOCK_STORY_ROUNDS : ROUNDS);
    if (size.rows < 100) {
      throw new IllegalArgumentException("--rows must be at least 100, got " + size.rows);
    }
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
