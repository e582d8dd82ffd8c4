package io.scry.coordinator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scry.coordinator.compare.ErrorChange;
import io.scry.coordinator.compare.Failure;
import io.scry.coordinator.compare.LatencyComparison;
import io.scry.coordinator.compare.PatternComparison;
import io.scry.coordinator.compare.PatternQuery;
import io.scry.coordinator.compare.PatternStatus;
import io.scry.coordinator.compare.ReplayArtifacts;
import io.scry.coordinator.compare.ResultComparison;
import io.scry.coordinator.explain.ExplainedPlan;
import io.scry.coordinator.explain.PlanChange;
import io.scry.protocol.v1.ProtocolKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each regression names the migration statement whose objects its plan or error touches. */
class LikelyCauseUnitTests {
  private static final String BY_REGION = "select id, total from orders where region = $?";

  @Test
  void aLostIndexIsBlamedOnTheStatementThatDroppedItsColumn() {
    MigrationSummary migration =
        migration(
            "ALTER TABLE orders ADD COLUMN region_text text",
            "UPDATE orders SET region_text = region",
            "ALTER TABLE orders DROP COLUMN region",
            "ALTER TABLE orders RENAME COLUMN region_text TO region");
    PlanChange plan =
        new PlanChange(
            "Seq Scan on orders (Rows Removed by Filter: 24500) replaced Bitmap Heap Scan using"
                + " idx_orders_region",
            "",
            new ExplainedPlan(null, false, 0, "", "-"),
            new ExplainedPlan(null, false, 0, "", "-"),
            "");

    assertEquals(
        "ALTER TABLE orders DROP COLUMN region (statement 3 of 4)",
        cause(pattern(BY_REGION, List.of()), plan, migration));
  }

  @Test
  void aNewErrorIsBlamedOnTheStatementThatRemovedWhatItNames() {
    MigrationSummary migration =
        migration(
            "CREATE INDEX ON customers (name)",
            "ALTER TABLE orders DROP COLUMN customer_id",
            "ANALYZE orders");
    ErrorChange missing =
        new ErrorChange(
            "42703",
            ErrorChange.Kind.NEW,
            0,
            30,
            0,
            1,
            "column \"customer_id\" does not exist",
            "SELECT id FROM orders WHERE customer_id = $1",
            true);

    assertEquals(
        "ALTER TABLE orders DROP COLUMN customer_id (statement 2 of 3)",
        cause(
            pattern("select id from orders where customer_id = $?", List.of(missing)),
            null,
            migration));
  }

  @Test
  void aStatementThatTouchesNothingThePatternNamesIsNotBlamed() {
    MigrationSummary migration = migration("CREATE TABLE audit (id bigint)");

    assertEquals(Optional.empty(), LikelyCause.of(pattern(BY_REGION, List.of()), null, migration));
  }

  private static String cause(PatternComparison p, PlanChange plan, MigrationSummary migration) {
    return LikelyCause.of(p, plan, migration)
        .map(s -> LikelyCause.describe(s, migration.statements()))
        .orElse("none");
  }

  private static MigrationSummary migration(String... sql) {
    return new MigrationSummary(
        "psql -f migrate.sql",
        0,
        10,
        "",
        "",
        java.util.Arrays.stream(sql)
            .map(s -> new MigrationSummary.Statement(s, 1, 0, "", "", "", 0))
            .toList());
  }

  private static PatternComparison pattern(String sql, List<ErrorChange> errors) {
    return new PatternComparison(
        1,
        new PatternQuery(sql, sql, List.of(), ProtocolKind.PROTOCOL_EXTENDED),
        100,
        PatternStatus.REGRESSED,
        List.of(Failure.LATENCY),
        new LatencyComparison(List.of(), List.of(), 1, 2, 100),
        errors,
        new ResultComparison(null, false),
        ReplayArtifacts.NONE);
  }
}
