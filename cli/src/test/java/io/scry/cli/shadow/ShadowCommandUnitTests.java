package io.scry.cli.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scry.cli.CliRun;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The shadow commands' own validation, before any database is reached. */
class ShadowCommandUnitTests {

  @Test
  void anInvalidShadowUrlNamesTheFlag() {
    CliRun run = CliRun.of("shadow", "status", "--shadow", "127.0.0.1:5432/db");

    assertEquals(1, run.exit(), run.output());
    assertEquals(
        "error: the shadow URL (--shadow) is invalid: not a database URL: 127.0.0.1:5432/db",
        run.firstErrorLine());
  }

  @Test
  void anInvalidNameIsRefused() {
    CliRun run =
        CliRun.of(
            "shadow",
            "init",
            "--source",
            "postgres://u@h/db",
            "--shadow",
            "postgres://u@h/shadow",
            "--name",
            "Bad-Name");

    assertEquals(1, run.exit(), run.output());
    assertEquals(
        "error: --name must be lowercase letters, digits and underscores, starting with a letter,"
            + " at most 40 characters, got 'Bad-Name'",
        run.firstErrorLine());
  }

  @Test
  void sweepAgesAreANumberAndAUnit() {
    assertEquals(Duration.ofHours(6), ShadowSweepCommand.age("6h"));
    assertEquals(Duration.ofMinutes(90), ShadowSweepCommand.age("90m"));
    CliRun run =
        CliRun.of("shadow", "sweep", "--shadow", "postgres://u@h/db", "--older-than", "6 hours");
    assertEquals(1, run.exit(), run.output());
    assertEquals(
        "error: --older-than must be a number and a unit (s, m, h or d), such as 6h, got '6 hours'",
        run.firstErrorLine());
  }
}
