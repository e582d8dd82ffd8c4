package io.scry.coordinator.explain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only statements with a plan are EXPLAINed: never transaction control, SET or DDL. */
class CanExplainUnitTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT 1",
        "  select * from orders where id = $1",
        "(SELECT 1) UNION (SELECT 2)",
        "/* app */ UPDATE orders SET status = 'x'",
        "-- lookup\\nWITH t AS (SELECT 1) SELECT * FROM t",
        "insert into orders values (1)",
        "DELETE FROM orders",
        "VALUES (1)"
      })
  void queriesAndDataChangesAreExplained(String sql) {
    assertTrue(Explainer.canExplain(sql.replace("\\n", "\n")), sql);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "BEGIN",
        "begin isolation level serializable",
        "START TRANSACTION",
        "COMMIT",
        "END",
        "ROLLBACK",
        "ABORT",
        "SAVEPOINT s1",
        "RELEASE SAVEPOINT s1",
        "ROLLBACK TO SAVEPOINT s1",
        "PREPARE TRANSACTION 'x'",
        "SET LOCAL statement_timeout = 0",
        "ALTER TABLE orders ADD COLUMN x int",
        "selection_is_not_a_keyword()",
        ""
      })
  void transactionControlSetAndDdlAreNot(String sql) {
    assertFalse(Explainer.canExplain(sql), sql);
  }
}
