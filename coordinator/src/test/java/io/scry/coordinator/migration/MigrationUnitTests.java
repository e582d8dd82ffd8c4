package io.scry.coordinator.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.report.MigrationSummary;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Outcome;
import io.scry.protocol.v1.Statement;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationUnitTests {

  @Test
  void migrationCommandSeesTheCandidateInItsEnvironmentAndItsOutputIsShown() {
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    MigrationProcess process =
        new MigrationProcess(
            List.of(
                "echo \"$DATABASE_URL $PGHOST $PGPORT $PGDATABASE $PGUSER $PGPASSWORD\"; echo oops >&2; exit 3"),
            Duration.ofSeconds(30),
            new PrintStream(shown, true, StandardCharsets.UTF_8));

    MigrationProcess.Result result =
        process.run(new DatabaseUrl("127.0.0.1", 6543, "cand", "app", "s3cret"));

    assertEquals(3, result.exitCode());
    assertEquals(
        "postgres://app:s3cret@127.0.0.1:6543/cand 127.0.0.1 6543 cand app s3cret\n",
        result.stdout());
    assertEquals("oops\n", result.stderr());
    assertTrue(shown.toString(StandardCharsets.UTF_8).contains("| oops"));
  }

  @Test
  void missingCommandIsAClearError() {
    MigrationCheckException e =
        assertThrows(
            MigrationCheckException.class,
            () -> new MigrationProcess(List.of(), Duration.ofSeconds(1), System.err));
    assertTrue(e.getMessage().startsWith("no migration command"));
  }

  @Test
  void hangingCommandIsStopped() {
    MigrationProcess process =
        new MigrationProcess(List.of("sleep", "30"), Duration.ofMillis(300), System.err);
    MigrationCheckException e =
        assertThrows(
            MigrationCheckException.class,
            () -> process.run(new DatabaseUrl("127.0.0.1", 1, "d", "u", "")));
    assertTrue(e.getMessage().contains("did not finish"));
  }

  @Test
  void lockHeavyStatementsAreNamed() {
    assertTrue(
        LockWarnings.of("create index idx on orders (region)")
            .startsWith("CREATE INDEX without CONCURRENTLY"));
    assertEquals("", LockWarnings.of("CREATE INDEX CONCURRENTLY idx ON orders (region)"));
    assertTrue(
        LockWarnings.of("ALTER TABLE orders ALTER COLUMN total TYPE integer")
            .startsWith("ALTER COLUMN TYPE"));
    assertTrue(
        LockWarnings.of("ALTER TABLE orders ALTER COLUMN region SET NOT NULL")
            .startsWith("SET NOT NULL"));
    assertTrue(
        LockWarnings.of("ALTER TABLE o ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES c (id)")
            .startsWith("adding a constraint"));
    assertEquals(
        "",
        LockWarnings.of(
            "ALTER TABLE o ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES c (id) NOT VALID"));
    assertEquals("", LockWarnings.of("ALTER TABLE orders ADD COLUMN region text"));
    assertEquals("", LockWarnings.of("UPDATE orders SET region = 'eu'"));
  }

  @Test
  void migrationStatementsComeInOrderWithFailures() {
    List<MigrationSummary.Statement> statements =
        MigrationStatements.from(
            List.of(
                event(2, "CREATE INDEX i ON t (a)", Outcome.OUTCOME_OK, ""),
                event(1, "ALTER TABLE t ADD COLUMN a int", Outcome.OUTCOME_ERROR, "42P01"),
                CaptureEvent.newBuilder().setStartUnixNanos(0).build()));

    assertEquals(2, statements.size());
    assertEquals("ALTER TABLE t ADD COLUMN a int", statements.get(0).sql());
    assertEquals("42P01", statements.get(0).sqlstate());
    assertEquals(2.0, statements.get(0).durationMs());
    assertTrue(statements.get(1).lockWarning().startsWith("CREATE INDEX"));
  }

  private static CaptureEvent event(long start, String sql, Outcome outcome, String sqlstate) {
    return CaptureEvent.newBuilder()
        .setStartUnixNanos(start)
        .setDurationNanos(2_000_000)
        .setStatement(
            Statement.newBuilder()
                .setSql(sql)
                .setOutcome(outcome)
                .setSqlstate(sqlstate)
                .setErrorMessage(sqlstate.isEmpty() ? "" : "relation \"t\" does not exist"))
        .build();
  }
}
