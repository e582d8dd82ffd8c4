package io.scry.coordinator.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.scry.protocol.v1.Parameter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExplainUnitTests {

  @Test
  void suggestsTheFilteredColumn() {
    assertEquals(
        Optional.of("CREATE INDEX CONCURRENTLY ON orders (region);"),
        IndexAdvisor.suggest("orders", "((region)::text = 'eu'::text)"));
  }

  @Test
  void suggestsEqualityColumnsBeforeTheRangeColumn() {
    assertEquals(
        Optional.of("CREATE INDEX CONCURRENTLY ON orders (status, customer_id, created_at);"),
        IndexAdvisor.suggest(
            "orders",
            "((created_at >= '2024-01-17 00:00:00'::timestamp without time zone) AND (status = 'paid'::text)"
                + " AND (customer_id = 5))"));
  }

  @Test
  void noSuggestionForDisjunctionsOrExpressions() {
    assertEquals(
        Optional.empty(),
        IndexAdvisor.suggest("orders", "((region = 'eu'::text) OR (status = 'x'::text))"));
    assertEquals(Optional.empty(), IndexAdvisor.suggest("orders", "(lower(region) = 'eu'::text)"));
  }

  @Test
  void rendersParametersAsTypedLiteralsOutsideQuotes() {
    String sql =
        RenderedStatement.render(
            "SELECT '$1', $1, \"$2\" FROM t WHERE a = $2 -- $1\n AND b = $$ $1 $$",
            List.of(text("it's"), text("7")),
            oid -> "text");
    assertEquals(
        "SELECT '$1', 'it''s'::text, \"$2\" FROM t WHERE a = '7'::text -- $1\n AND b = $$ $1 $$",
        sql);
  }

  @Test
  void missingParameterIsAClearError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RenderedStatement.render("SELECT $2", List.of(text("x")), oid -> "text"));
    assertTrue(e.getMessage().contains("$2"));
  }

  @Test
  void onlyPlainQueriesAreReadOnly() {
    assertTrue(RenderedStatement.isReadOnly("select * from orders where note = 'delete me'"));
    assertTrue(RenderedStatement.isReadOnly("WITH x AS (SELECT 1) SELECT * FROM x"));
    assertFalse(
        RenderedStatement.isReadOnly("WITH x AS (UPDATE t SET a = 1 RETURNING *) SELECT * FROM x"));
    assertFalse(RenderedStatement.isReadOnly("SELECT * FROM orders FOR UPDATE"));
    assertFalse(RenderedStatement.isReadOnly("SELECT * INTO copy FROM orders"));
    assertFalse(RenderedStatement.isReadOnly("SELECT nextval('s')"));
    assertFalse(RenderedStatement.isReadOnly("INSERT INTO t VALUES (1)"));
  }

  private static Parameter text(String value) {
    return Parameter.newBuilder().setTypeOid(25).setValue(ByteString.copyFromUtf8(value)).build();
  }
}
