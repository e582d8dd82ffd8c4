package io.scry.coordinator.migration;

import static io.scry.coordinator.migration.RehearsedStatements.held;
import static io.scry.coordinator.migration.RehearsedStatements.plain;
import static io.scry.coordinator.migration.RehearsedStatements.took;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.explain.BlockingSql;
import io.scry.coordinator.report.RehearsedStatement;
import io.scry.testsupport.PostgresExtension;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every mechanical rewrite is PostgreSQL that runs, as {@link SqlMigration} runs it, and leaves the
 * schema the original statement would have: quoted and schema-qualified names included.
 */
class RewriteStatementsIntegrationTests {
  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Test
  void concurrentUniqueIndexWithQuotedQualifiedNamesIsBuiltValid() throws Exception {
    String db = database();

    run(
        db,
        took("CREATE UNIQUE INDEX IF NOT EXISTS \"Orders By Note\" ON \"Shop\".\"Orders\" (note)"));

    assertEquals(
        "true",
        value(
            db,
            "SELECT indisvalid::text FROM pg_index WHERE indexrelid = '\"Shop\".\"Orders By"
                + " Note\"'::regclass"));
  }

  @Test
  void checkAndForeignKeyAreValidatedInTheEnd() throws Exception {
    String db = database();

    run(
        db,
        plain("BEGIN"),
        took(
            "ALTER TABLE \"Shop\".\"Orders\" ADD CONSTRAINT \"Positive amount\" CHECK (amount >"
                + " 0)"),
        took(
            "ALTER TABLE \"Shop\".\"Orders\" ADD CONSTRAINT orders_customer_fk FOREIGN KEY"
                + " (customer) REFERENCES \"Shop\".customers (id)"),
        plain("COMMIT"));

    assertEquals(
        "Positive amount:true,orders_customer_fk:true",
        value(
            db,
            "SELECT string_agg(conname || ':' || convalidated, ',' ORDER BY conname)"
                + " FROM pg_constraint WHERE conrelid = '\"Shop\".\"Orders\"'::regclass"
                + " AND contype IN ('c', 'f')"));
  }

  @Test
  void setNotNullLeavesTheColumnNotNullAndNoCheckBehind() throws Exception {
    String db = database();

    run(db, took("ALTER TABLE \"Shop\".\"Orders\" ALTER COLUMN \"Note\" SET NOT NULL"));

    assertEquals(
        "true",
        value(
            db,
            "SELECT attnotnull::text FROM pg_attribute WHERE attrelid ="
                + " '\"Shop\".\"Orders\"'::regclass AND attname = 'Note'"));
    assertEquals(
        "0",
        value(
            db,
            "SELECT count(*)::text FROM pg_constraint WHERE conrelid ="
                + " '\"Shop\".\"Orders\"'::regclass AND contype = 'c'"));
  }

  @Test
  void backfillRunsAfterItsDdlCommitted() throws Exception {
    String db = database();

    run(
        db,
        plain("BEGIN"),
        took("ALTER TABLE \"Shop\".\"Orders\" ADD COLUMN region int"),
        held("UPDATE \"Shop\".\"Orders\" SET region = 7"),
        plain("COMMIT"));

    assertEquals("3", value(db, "SELECT count(*)::text FROM \"Shop\".\"Orders\" WHERE region = 7"));
  }

  private static void run(String db, RehearsedStatement... statements) {
    RewritePlan plan = RewritePlan.of(List.of(statements), Set.of(RehearsedStatements.RISKY));
    assertTrue(plan.mechanical(), plan.notMechanical().toString());
    new SqlMigration("the rewrite", plan.statements())
        .apply(DatabaseUrl.parse(PG.url(db)), new MigrationConnections());
  }

  /** A database with {@code "Shop"."Orders"}: three rows, a nullable mixed-case column. */
  private static String database() throws Exception {
    String db = PG.createDatabase("rewrite_" + DATABASES.incrementAndGet());
    PG.execute(
        db,
        "CREATE SCHEMA \"Shop\"",
        "CREATE TABLE \"Shop\".customers (id int PRIMARY KEY)",
        "INSERT INTO \"Shop\".customers VALUES (1), (2)",
        "CREATE TABLE \"Shop\".\"Orders\" (id int PRIMARY KEY, customer int, amount int,"
            + " note text, \"Note\" text)",
        "INSERT INTO \"Shop\".\"Orders\" VALUES (1, 1, 5, 'a', 'A'), (2, 2, 6, 'b', 'B'),"
            + " (3, 1, 7, 'c', 'C')");
    return db;
  }

  private static String value(String db, String sql) {
    try (BlockingSql connection = BlockingSql.connect(DatabaseUrl.parse(PG.url(db)))) {
      return connection.queryValue(sql);
    }
  }
}
