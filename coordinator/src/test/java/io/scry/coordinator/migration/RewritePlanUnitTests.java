package io.scry.coordinator.migration;

import static io.scry.coordinator.migration.RehearsedStatements.held;
import static io.scry.coordinator.migration.RehearsedStatements.plain;
import static io.scry.coordinator.migration.RehearsedStatements.took;
import static io.scry.coordinator.migration.RehearsedStatements.waited;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.report.RehearsedStatement;
import io.scry.coordinator.report.RewriteProofSummary.Change;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rewriting of a risky migration's statements into the safe, mechanical rewrite, on the
 * statements and risks a rehearsal reports.
 */
class RewritePlanUnitTests {

  @Test
  void createIndexBecomesConcurrentlyKeepingUniqueIfNotExistsAndQuotedQualifiedNames() {
    String sql =
        "CREATE UNIQUE INDEX IF NOT EXISTS \"Orders By Note\" ON \"Shop\".\"Orders\" USING btree"
            + " (note) WHERE note <> 'create index; x'";

    RewritePlan plan = plan(took(sql));

    assertTrue(plan.mechanical(), plan.notMechanical().toString());
    String concurrently =
        "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"Orders By Note\" ON \"Shop\".\"Orders\""
            + " USING btree (note) WHERE note <> 'create index; x'";
    assertEquals(List.of(concurrently), plan.statements());
    Change change = plan.changes().get(0);
    assertEquals(sql, change.original());
    assertEquals(List.of(concurrently), change.rewritten());
    assertTrue(change.reason().startsWith("CREATE INDEX CONCURRENTLY"), change.reason());
  }

  @Test
  void createIndexInATransactionRunsOutsideItAndTheRestOfTheTransactionAfterIt() {
    RewritePlan plan =
        plan(
            plain("BEGIN"),
            plain("ALTER TABLE orders ADD COLUMN region int"),
            took("create index orders_region on orders (region)"),
            plain("INSERT INTO audit VALUES ('indexed')"),
            plain("COMMIT"));

    assertEquals(
        List.of(
            "BEGIN",
            "ALTER TABLE orders ADD COLUMN region int",
            "COMMIT",
            "create index CONCURRENTLY orders_region on orders (region)",
            "BEGIN",
            "INSERT INTO audit VALUES ('indexed')",
            "COMMIT"),
        plan.statements());
    assertTrue(
        plan.changes().get(0).reason().endsWith("it is no longer all or nothing"),
        plan.changes().toString());
  }

  @Test
  void checkConstraintIsAddedNotValidThenValidatedWithItsQuotedName() {
    String sql =
        "ALTER TABLE public.\"Orders\" ADD CONSTRAINT \"note is md5\""
            + " CHECK (note ~ '^[0-9a-f]{32}$', 'ignored, comma')";

    RewritePlan plan = plan(took(sql));

    assertTrue(plan.mechanical(), plan.notMechanical().toString());
    assertEquals(
        List.of(
            sql + " NOT VALID",
            "ALTER TABLE public.\"Orders\" VALIDATE CONSTRAINT \"note is md5\""),
        plan.statements());
  }

  @Test
  void foreignKeyInATransactionIsValidatedAfterItCommits() {
    String fk =
        "ALTER TABLE IF EXISTS ONLY orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer)"
            + " REFERENCES customers (id)";

    RewritePlan plan = plan(plain("BEGIN"), took(fk), plain("COMMIT"));

    assertEquals(
        List.of(
            "BEGIN",
            fk + " NOT VALID",
            "COMMIT",
            "ALTER TABLE ONLY orders VALIDATE CONSTRAINT orders_customer_fk"),
        plan.statements());
  }

  @Test
  void setNotNullGoesThroughAValidatedCheckEachStepAlone() {
    String sql = "ALTER TABLE shop.orders ALTER COLUMN \"Note\" SET NOT NULL";

    RewritePlan plan = plan(took(sql));

    assertEquals(
        List.of(
            "ALTER TABLE shop.orders ADD CONSTRAINT \"Note_not_null_check\" CHECK (\"Note\" IS NOT"
                + " NULL) NOT VALID",
            "ALTER TABLE shop.orders VALIDATE CONSTRAINT \"Note_not_null_check\"",
            sql,
            "ALTER TABLE shop.orders DROP CONSTRAINT \"Note_not_null_check\""),
        plan.statements());
  }

  @Test
  void backfillInTheDdlTransactionRunsAfterTheDdlCommitted() {
    String update = "UPDATE orders SET note = status";

    RewritePlan plan =
        plan(
            plain("BEGIN"),
            took("ALTER TABLE orders ADD COLUMN note text"),
            held(update),
            plain("COMMIT"));

    assertTrue(plan.mechanical(), plan.notMechanical().toString());
    assertEquals(
        List.of("BEGIN", "ALTER TABLE orders ADD COLUMN note text", "COMMIT", update),
        plan.statements());
    assertEquals(1, plan.changes().size());
    assertTrue(
        plan.changes().get(0).reason().contains("batching the backfill is not mechanical"),
        plan.changes().get(0).reason());
  }

  @Test
  void severalStatementsInOneQueryAreEachRewritten() {
    RewritePlan plan =
        plan(took("CREATE INDEX a ON orders (note); CREATE INDEX b ON orders (status);"));

    assertEquals(
        List.of(
            "CREATE INDEX CONCURRENTLY a ON orders (note)",
            "CREATE INDEX CONCURRENTLY b ON orders (status)"),
        plan.statements());
  }

  @Test
  void aLeadingCommentDoesNotHideTheIndexBuild() {
    RewritePlan plan =
        plan(took("-- for the lookups by note\nCREATE INDEX orders_note ON orders (note);"));

    assertEquals(
        List.of(
            "-- for the lookups by note\nCREATE INDEX CONCURRENTLY orders_note ON orders (note)"),
        plan.statements());
  }

  @Test
  void typeChangeHasNoMechanicalRewriteAndNothingIsRewrittenBesideIt() {
    RewritePlan plan =
        plan(
            took("CREATE INDEX orders_note ON orders (note)"),
            took("ALTER TABLE orders ALTER COLUMN customer TYPE bigint"));

    assertFalse(plan.mechanical());
    assertEquals(
        List.of(
            "ALTER TABLE orders ALTER COLUMN customer TYPE bigint: a type change needs add-column"
                + " + batched backfill + swap"),
        plan.notMechanical());
  }

  @Test
  void whatCannotBeRewrittenSaysWhy() {
    assertNotMechanical(
        "a UNIQUE, PRIMARY KEY or EXCLUDE constraint",
        took("ALTER TABLE orders ADD CONSTRAINT orders_note_key UNIQUE (note)"));
    assertNotMechanical("an unnamed constraint", took("ALTER TABLE orders ADD CHECK (amount > 0)"));
    assertNotMechanical(
        "several actions",
        took("ALTER TABLE orders ADD CONSTRAINT c CHECK (amount > 0), ADD COLUMN x int"));
    assertNotMechanical(
        "it holds its lock for its own duration", took("ALTER TABLE orders ADD COLUMN region int"));
    assertNotMechanical("SET lock_timeout", waited("ALTER TABLE orders ADD COLUMN region int"));
    assertNotMechanical(
        "sent with parameters",
        plain("UPDATE orders SET amount = $1"),
        took("CREATE INDEX orders_note ON orders (note)"));
    assertNotMechanical(
        "rolls back",
        plain("BEGIN"),
        took("CREATE INDEX orders_note ON orders (note)"),
        plain("INSERT INTO audit VALUES (1)"),
        plain("ROLLBACK"));
  }

  private static void assertNotMechanical(String why, RehearsedStatement... statements) {
    RewritePlan plan = plan(statements);
    assertFalse(plan.mechanical(), plan.statements().toString());
    assertTrue(
        plan.notMechanical().stream().anyMatch(line -> line.contains(why)),
        plan.notMechanical().toString());
  }

  private static RewritePlan plan(RehearsedStatement... statements) {
    return RewritePlan.of(List.of(statements), Set.of(RehearsedStatements.RISKY));
  }
}
