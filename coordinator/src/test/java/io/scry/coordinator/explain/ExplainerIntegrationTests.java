package io.scry.coordinator.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.scry.coordinator.config.DatabaseUrl;
import io.scry.protocol.v1.Parameter;
import io.scry.testsupport.PostgresExtension;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ExplainerIntegrationTests {
  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  private static BlockingSql baseline;
  private static BlockingSql candidate;
  private final Explainer explainer = new Explainer();

  /**
   * 25,000 orders in 25 regions with indexes on region and (status, created_at); the candidate is a
   * clone whose migration re-created region as a backfilled column and dropped the composite index,
   * forgetting both indexes.
   */
  @BeforeAll
  static void databases() throws Exception {
    PG.createDatabase("explain_base");
    PG.execute(
        "explain_base",
        "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id int NOT NULL, region varchar(20) NOT NULL,"
            + " status text NOT NULL, created_at timestamp NOT NULL, total numeric(10,2) NOT NULL)",
        "INSERT INTO orders SELECT g, g % 997, 'region-' || (g % 25), (ARRAY['new','paid','shipped','done'])[1 + g % 4],"
            + " timestamp '2024-01-01' + g * interval '1 minute', (g % 500) + 0.99 FROM generate_series(1, 25000) g",
        "CREATE INDEX idx_orders_region ON orders (region)",
        "CREATE INDEX idx_orders_status_created ON orders (status, created_at)",
        "ANALYZE orders");
    cloneAndMigrate(
        "explain_base",
        "explain_cand",
        "ALTER TABLE orders ADD COLUMN region_text text",
        "UPDATE orders SET region_text = region",
        "ALTER TABLE orders DROP COLUMN region",
        "ALTER TABLE orders RENAME COLUMN region_text TO region",
        "DROP INDEX idx_orders_status_created",
        "ALTER TABLE orders DROP COLUMN customer_id",
        "VACUUM ANALYZE orders");
    baseline = BlockingSql.connect(DatabaseUrl.parse(PG.url("explain_base")));
    candidate = BlockingSql.connect(DatabaseUrl.parse(PG.url("explain_cand")));
  }

  /** Creates the candidate {@code clone} of {@code template} and migrates it. */
  private static void cloneAndMigrate(String template, String clone, String... migration)
      throws Exception {
    PG.execute("postgres", "CREATE DATABASE " + clone + " TEMPLATE " + template);
    PG.execute(clone, migration);
  }

  @AfterAll
  static void close() {
    baseline.close();
    candidate.close();
  }

  @Test
  void lostIndexShowsTheSeqScanAndSuggestsTheIndex() {
    PlanChange change =
        explain("SELECT id, total FROM orders WHERE region = $1", text("region-7", 1043));

    assertTrue(change.candidate().analyzed());
    assertTrue(
        change
            .summary()
            .matches(
                "Seq Scan on orders \\(Rows Removed by Filter: 24000\\) replaced .*idx_orders_region"),
        change.summary());
    assertEquals("CREATE INDEX CONCURRENTLY ON orders (region);", change.suggestion());
    assertTrue(change.candidate().executionMs() > 0);
    assertTrue(
        change.explainedSql().contains("'region-7'::character varying"), change.explainedSql());
  }

  @Test
  void compositeSuggestionPutsEqualityBeforeRange() {
    PlanChange change =
        explain(
            "SELECT count(*) FROM orders WHERE created_at >= $1 AND status = $2",
            text("2024-01-17 00:00:00", 1114),
            text("paid", 25));

    assertTrue(change.summary().startsWith("Seq Scan on orders"), change.summary());
    assertEquals("CREATE INDEX CONCURRENTLY ON orders (status, created_at);", change.suggestion());
  }

  @Test
  void binaryParametersAreRendered() {
    PlanChange change =
        explain(
            "SELECT * FROM orders WHERE id = $1",
            Parameter.newBuilder()
                .setFormat(1)
                .setTypeOid(20)
                .setValue(
                    ByteString.copyFrom(java.nio.ByteBuffer.allocate(8).putLong(0, 42L).array()))
                .build());

    assertTrue(change.explainedSql().endsWith("'42'::bigint"), change.explainedSql());
    assertTrue(
        change.summary().startsWith("same plan (Index Scan using orders_pkey"), change.summary());
  }

  @Test
  void writesAreExplainedWithoutExecuting() throws Exception {
    PlanChange change =
        explain("UPDATE orders SET total = 0 WHERE region = $1", text("region-3", 0));

    assertFalse(change.candidate().analyzed());
    assertFalse(change.baseline().analyzed());
    assertTrue(change.summary().contains("Seq Scan on orders"), change.summary());
    try (var c = PG.connect("explain_cand");
        var rs = c.createStatement().executeQuery("SELECT count(*) FROM orders WHERE total = 0")) {
      rs.next();
      assertEquals(0, rs.getLong(1), "EXPLAIN must not have run the UPDATE");
    }
  }

  @Test
  void dataModifyingCteIsNotAnalyzed() {
    PlanChange change =
        explain("WITH d AS (DELETE FROM orders WHERE id = 1 RETURNING id) SELECT * FROM d");

    assertFalse(change.baseline().analyzed());
    assertTrue(change.baseline().ok());
  }

  @Test
  void droppedColumnFailsOnTheCandidateOnly() {
    PlanChange change = explain("SELECT id FROM orders WHERE customer_id = $1", text("5", 0));

    assertTrue(change.baseline().ok());
    assertFalse(change.candidate().ok());
    assertTrue(
        change
            .summary()
            .startsWith(
                "EXPLAIN fails on the candidate: 42703: column \"customer_id\" does not exist"),
        change.summary());
  }

  @Test
  void whenTheCapturedValuePlansAlikeTheGenericPlanShowsTheLostIndex() throws Exception {
    // A live feed: a whale's zone holds a fifth of the rows, the other zones a few dozen each.
    // For the whale's value both sides walk the created_at index; the prepared statement's
    // generic plan, the one a replay or a server-prepared application runs for any zone, used
    // the zone index, which the candidate lost.
    PG.createDatabase("feed_base");
    PG.execute(
        "feed_base",
        "CREATE TABLE feed (id bigint PRIMARY KEY, zone text NOT NULL, created_at timestamp NOT"
            + " NULL)",
        "INSERT INTO feed SELECT g, CASE WHEN g % 5 = 0 THEN 'whale' ELSE 'zone-' || (g % 2000)"
            + " END, timestamp '2024-01-01' + g * interval '1 minute' FROM generate_series(1,"
            + " 100000) g",
        "CREATE INDEX feed_zone_idx ON feed (zone)",
        "CREATE INDEX feed_created_idx ON feed (created_at)",
        "ANALYZE feed");
    cloneAndMigrate("feed_base", "feed_cand", "DROP INDEX feed_zone_idx", "ANALYZE feed");
    String sql = "SELECT id FROM feed WHERE zone = $1 ORDER BY created_at DESC LIMIT 50";

    try (BlockingSql base = BlockingSql.connect(DatabaseUrl.parse(PG.url("feed_base")));
        BlockingSql cand = BlockingSql.connect(DatabaseUrl.parse(PG.url("feed_cand")))) {
      PlanChange change = explainer.explain(sql, List.of(text("whale", 25)), base, cand);
      PlanChange small = explainer.explain(sql, List.of(text("zone-7", 25)), base, cand);

      assertTrue(
          change.summary().endsWith("(generic plan of the prepared statement)"), change.summary());
      assertTrue(change.summary().contains("feed_zone_idx"), change.summary());
      assertEquals(
          "CREATE INDEX CONCURRENTLY ON feed (zone);", change.suggestion(), change.summary());
      // A value whose own plan shows the change needs no generic plan.
      assertFalse(small.summary().contains("generic plan"), small.summary());
      assertTrue(small.summary().contains("feed_zone_idx"), small.summary());
      // The prepared statement is gone: the connections can explain again.
      assertEquals(
          change.summary(),
          explainer.explain(sql, List.of(text("whale", 25)), base, cand).summary());
    }
  }

  /** Explains {@code sql} with {@code parameters} on the orders baseline and its candidate. */
  private PlanChange explain(String sql, Parameter... parameters) {
    return explainer.explain(sql, List.of(parameters), baseline, candidate);
  }

  private static Parameter text(String value, int oid) {
    return Parameter.newBuilder()
        .setFormat(0)
        .setTypeOid(oid)
        .setValue(ByteString.copyFromUtf8(value))
        .build();
  }
}
