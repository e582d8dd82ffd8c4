package io.scry.coordinator.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.testsupport.LogicalReplicationServers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A source and a shadow server: the initial copy, streaming, checkpoints, drop. */
class ShadowReplicationIntegrationTests {
  @RegisterExtension static final LogicalReplicationServers PG = new LogicalReplicationServers();

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** A source database with the shop schema and an empty shadow database, both new. */
  private record Pair(String source, String shadow, ShadowName name) {
    Endpoint shadowEndpoint() {
      return Endpoint.shadow(DatabaseUrl.parse(PG.shadow().url(shadow)), "--shadow");
    }

    ShadowInit.Request init(List<String> tables, boolean replicaIdentityFull) {
      return new ShadowInit.Request(
          Endpoint.source(DatabaseUrl.parse(PG.source().url(source)), "--source"),
          shadowEndpoint(),
          name,
          tables,
          replicaIdentityFull);
    }
  }

  private static Pair shop(int orders) throws SQLException {
    int n = DATABASES.incrementAndGet();
    Pair pair = new Pair("prod" + n, "shadow" + n, new ShadowName("shop" + n));
    ShopSchema.create(PG.source(), pair.source(), orders);
    PG.shadow().createDatabase(pair.shadow());
    return pair;
  }

  @Test
  void initCopiesTheSchemaAndRowsWithSequencesAndForeignKeys() throws Exception {
    Pair pair = shop(500);
    List<String> lines = new ArrayList<>();

    ShadowInit.run(pair.init(List.of(), false), lines::add);

    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("copy: 3/3 tables") && l.contains("done in")),
        lines.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("schema: ") && l.contains("3 tables")),
        lines.toString());
    for (String table : List.of("shop.customers", "shop.orders", "shop.order_events")) {
      long rows = count(PG.source(), pair.source(), table);
      assertTrue(rows > 0, table);
      assertEquals(rows, count(PG.shadow(), pair.shadow(), table), table);
    }
    assertSame(pair, "SELECT sum(total_eur) FROM shop.orders");
    // Replication does not carry sequences: init copies their values.
    for (String sequence :
        List.of("shop.invoice_no", "shop.orders_id_seq", "shop.customers_id_seq")) {
      assertSame(pair, "SELECT last_value FROM " + sequence);
    }
    assertSame(
        pair,
        "SELECT string_agg(conname || ':' || pg_get_constraintdef(oid), ',' ORDER BY conname)"
            + " FROM pg_constraint WHERE conrelid = 'shop.orders'::regclass");
    assertSame(
        pair,
        "SELECT string_agg(pg_get_indexdef(indexrelid), ',' ORDER BY indexrelid::regclass::text)"
            + " FROM pg_index WHERE indrelid = 'shop.orders'::regclass");
    assertSame(pair, "SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum");
    assertSame(pair, "SELECT count(*) FROM shop.paid_orders");
    // The trigger fires for statements run on the shadow (a replay), and the foreign key holds.
    PG.shadow()
        .execute(
            pair.shadow(), "INSERT INTO shop.orders (id, customer_id, total) VALUES (-1, 1, 5)");
    assertEquals(
        "created",
        value(
            PG.shadow(), pair.shadow(), "SELECT kind FROM shop.order_events WHERE order_id = -1"));
    SQLException violation =
        assertThrows(
            SQLException.class,
            () ->
                PG.shadow()
                    .execute(
                        pair.shadow(),
                        "INSERT INTO shop.orders (customer_id, total) VALUES (999, 5)"));
    assertTrue(violation.getMessage().contains("foreign key"), violation.getMessage());
  }

  @Test
  void insertsUpdatesAndDeletesOnTheSourceReachTheShadow() throws Exception {
    Pair pair = shop(100);
    ShadowInit.run(pair.init(List.of(), false), line -> {});

    PG.source()
        .execute(
            pair.source(),
            "INSERT INTO shop.orders (customer_id, total, note) VALUES (2, 700, 'inserted')",
            "UPDATE shop.orders SET note = 'updated' WHERE id = 5",
            "DELETE FROM shop.order_events WHERE order_id = 7",
            "DELETE FROM shop.orders WHERE id = 7");

    awaitSame(pair, "SELECT count(*) FROM shop.orders WHERE note = 'inserted'");
    awaitSame(pair, "SELECT note FROM shop.orders WHERE id = 5");
    awaitSame(pair, "SELECT count(*) FROM shop.orders WHERE id = 7");
    assertEquals(
        "updated", value(PG.shadow(), pair.shadow(), "SELECT note FROM shop.orders WHERE id = 5"));
    assertEquals(
        "0", value(PG.shadow(), pair.shadow(), "SELECT count(*) FROM shop.orders WHERE id = 7"));
  }

  @Test
  void theShadowCatchesUpAfterTheSourceRestarts() throws Exception {
    Pair pair = shop(50);
    ShadowInit.run(pair.init(List.of(), false), line -> {});
    PG.source().execute(pair.source(), "UPDATE shop.orders SET note = 'before' WHERE id = 1");
    awaitSame(pair, "SELECT note FROM shop.orders WHERE id = 1");

    PG.source().restart();
    PG.source()
        .execute(
            pair.source(),
            "UPDATE shop.orders SET note = 'after restart' WHERE id = 1",
            "INSERT INTO shop.orders (customer_id, total)"
                + " SELECT 3, 100 FROM generate_series(1, 20)");

    awaitSame(pair, "SELECT count(*) FROM shop.orders");
    awaitSame(pair, "SELECT note FROM shop.orders WHERE id = 1");
    assertEquals(
        "after restart",
        value(PG.shadow(), pair.shadow(), "SELECT note FROM shop.orders WHERE id = 1"));
    ShadowStatus status =
        ShadowStatus.read(pair.shadowEndpoint(), Optional.of(pair.name()), Optional.empty());
    assertEquals(
        List.of("streaming", "streaming", "streaming"),
        status.tables().stream().map(ShadowStatus.TableState::state).toList());
    assertNotNull(status.slot());
  }

  @Test
  void aCheckpointHoldsTheSourceUpToItsLsnAndNothingAfter() throws Exception {
    Pair pair = shop(10);
    PG.source().execute(pair.source(), "CREATE TABLE shop.ticks (n int PRIMARY KEY)");
    ShadowInit.run(pair.init(List.of(), false), line -> {});
    AtomicInteger committed = new AtomicInteger();
    List<String> lsnAfterCommit = new ArrayList<>();
    Thread writer =
        new Thread(
            () -> {
              try (Connection c = PG.source().connect(pair.source());
                  Statement s = c.createStatement()) {
                for (int n = 1; n <= 400; n++) {
                  s.execute("INSERT INTO shop.ticks VALUES (" + n + ")");
                  try (ResultSet lsn = s.executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
                    lsn.next();
                    synchronized (lsnAfterCommit) {
                      lsnAfterCommit.add(lsn.getString(1));
                    }
                  }
                  committed.set(n);
                  Thread.sleep(5);
                }
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    writer.start();
    while (committed.get() < 50) {
      Thread.sleep(10);
    }
    int committedBefore = committed.get();
    ShadowCheckpoint checkpoint =
        ShadowCheckpoints.create(
            pair.shadowEndpoint(),
            Optional.of(pair.name()),
            Optional.empty(),
            "ticks_" + pair.name().value(),
            PATIENCE,
            line -> {});
    int committedAfter = committed.get();
    writer.join();

    long ticks = count(PG.shadow(), checkpoint.database(), "shop.ticks");
    // A prefix of the single writer's commits, without a gap: a consistent cut.
    assertEquals(
        String.valueOf(ticks),
        value(PG.shadow(), checkpoint.database(), "SELECT coalesce(max(n), 0) FROM shop.ticks"));
    assertTrue(
        ticks >= committedBefore && ticks <= committedAfter,
        ticks + " rows, not in [" + committedBefore + ", " + committedAfter + "]");
    // Every row the source had committed by the checkpoint's LSN is in it.
    List<String> lsns;
    synchronized (lsnAfterCommit) {
      lsns = List.copyOf(lsnAfterCommit);
    }
    long committedByLsn =
        Long.parseLong(
            value(
                PG.source(),
                pair.source(),
                "SELECT count(*) FROM unnest(ARRAY["
                    + String.join(", ", lsns.stream().map(l -> "'" + l + "'::pg_lsn").toList())
                    + "]) l WHERE l <= '"
                    + checkpoint.sourceLsn()
                    + "'::pg_lsn"));
    assertTrue(ticks >= committedByLsn, ticks + " rows, " + committedByLsn + " by its LSN");
    // It is found again by name, and the shadow follows the source again.
    ShadowCheckpoint found =
        ShadowCheckpoints.find(pair.shadowEndpoint(), checkpoint.name()).orElseThrow();
    assertEquals(checkpoint.database(), found.database());
    assertEquals(checkpoint.sourceLsn(), found.sourceLsn());
    assertEquals(checkpoint.sourceTime(), found.sourceTime());
    assertEquals(checkpoint.sourceTimeUpper(), found.sourceTimeUpper());
    assertTrue(!checkpoint.sourceTimeUpper().isBefore(checkpoint.sourceTime()));
    awaitSame(pair, "SELECT count(*) FROM shop.ticks");
  }

  @Test
  void aCheckpointOfAQuietSourceEqualsItAndCanBeDropped() throws Exception {
    Pair pair = shop(200);
    ShadowInit.run(pair.init(List.of(), false), line -> {});
    PG.source().execute(pair.source(), "DELETE FROM shop.order_events WHERE order_id < 20");

    ShadowCheckpoint checkpoint =
        ShadowCheckpoints.create(
            pair.shadowEndpoint(),
            Optional.empty(),
            Optional.empty(),
            "quiet_" + pair.name().value(),
            PATIENCE,
            line -> {});

    for (String table : List.of("shop.customers", "shop.orders", "shop.order_events")) {
      assertEquals(
          count(PG.source(), pair.source(), table),
          count(PG.shadow(), checkpoint.database(), table),
          table);
    }
    assertEquals(
        List.of(checkpoint.name()),
        ShadowCheckpoints.list(pair.shadowEndpoint(), Optional.empty()).stream()
            .map(ShadowCheckpoint::name)
            .toList());
    ShadowCheckpoints.drop(pair.shadowEndpoint(), checkpoint.name());
    assertEquals(List.of(), ShadowCheckpoints.list(pair.shadowEndpoint(), Optional.empty()));
    assertEquals(
        "0",
        value(
            PG.shadow(),
            "postgres",
            "SELECT count(*) FROM pg_database WHERE datname = '" + checkpoint.database() + "'"));
  }

  @Test
  void aTableWithoutReplicaIdentityIsRefusedThenAcceptedWithReplicaIdentityFull() throws Exception {
    Pair pair = shop(10);
    PG.source()
        .execute(
            pair.source(),
            "CREATE TABLE shop.audit (at timestamptz, what text)",
            "INSERT INTO shop.audit VALUES (now(), 'x')");

    ShadowException refused =
        assertThrows(
            ShadowException.class, () -> ShadowInit.run(pair.init(List.of(), false), line -> {}));
    assertEquals(
        "tables without a replica identity on the source server 127.0.0.1:"
            + PG.source().port()
            + " (--source): shop.audit (no primary key, and REPLICA IDENTITY DEFAULT), so their"
            + " UPDATEs and DELETEs cannot be replicated",
        refused.getMessage());
    assertEquals(
        "give them a primary key, or run ALTER TABLE shop.audit REPLICA IDENTITY FULL; on the"
            + " source, or pass --replica-identity-full to have shadow init run it",
        refused.remedy());
    assertEquals("0", value(PG.source(), pair.source(), "SELECT count(*) FROM pg_publication"));

    ShadowInit.run(pair.init(List.of(), true), line -> {});
    PG.source().execute(pair.source(), "UPDATE shop.audit SET what = 'y'");
    awaitSame(pair, "SELECT what FROM shop.audit");
    assertEquals("y", value(PG.shadow(), pair.shadow(), "SELECT what FROM shop.audit"));
  }

  @Test
  void dropLeavesNoSlotAndNoPublicationOnTheSource() throws Exception {
    Pair pair = shop(10);
    ShadowInit.run(pair.init(List.of("shop.customers"), false), line -> {});
    assertEquals("1", slots(pair));
    assertEquals("1", value(PG.source(), pair.source(), "SELECT count(*) FROM pg_publication"));

    ShadowDrop.run(pair.shadowEndpoint(), Optional.empty(), Optional.empty(), line -> {});

    assertEquals("0", slots(pair));
    assertEquals("0", value(PG.source(), pair.source(), "SELECT count(*) FROM pg_publication"));
    assertEquals(
        "0",
        value(
            PG.shadow(),
            pair.shadow(),
            "SELECT count(*) FROM pg_subscription WHERE subname = '"
                + pair.name().subscription()
                + "'"));
    assertNull(value(PG.shadow(), pair.shadow(), "SELECT to_regnamespace('scry_shadow')"));
  }

  private static String slots(Pair pair) throws SQLException {
    return slotsNamed(PG.source(), pair.name().slot());
  }

  /**
   * How many replication slots named {@code slot} the source server holds, as text: "1" while a
   * shadow replicates from it, "0" once it is dropped; the shadow tests check both.
   */
  static String slotsNamed(LogicalReplicationServers.Server source, String slot)
      throws SQLException {
    return value(
        source,
        "postgres",
        "SELECT count(*) FROM pg_replication_slots WHERE slot_name = '" + slot + "'");
  }

  /** Asserts that {@code sql} gives the same answer, not null, on the source and the shadow. */
  private static void assertSame(Pair pair, String sql) throws SQLException {
    String source = value(PG.source(), pair.source(), sql);
    assertNotNull(source, sql);
    assertEquals(source, value(PG.shadow(), pair.shadow(), sql), sql);
  }

  /** Waits until {@code sql} gives the same answer on the source and the shadow. */
  private static void awaitSame(Pair pair, String sql) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      String source = value(PG.source(), pair.source(), sql);
      String shadow = value(PG.shadow(), pair.shadow(), sql);
      if (String.valueOf(source).equals(String.valueOf(shadow))) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(sql + ": source " + source + ", shadow " + shadow);
      }
      Thread.sleep(100);
    }
  }

  static long count(LogicalReplicationServers.Server server, String database, String table)
      throws SQLException {
    return Long.parseLong(value(server, database, "SELECT count(*) FROM " + table));
  }

  static String value(LogicalReplicationServers.Server server, String database, String sql)
      throws SQLException {
    try (Connection c = server.connect(database);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
