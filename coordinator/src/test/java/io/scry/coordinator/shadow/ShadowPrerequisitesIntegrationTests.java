package io.scry.coordinator.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.testsupport.LogicalReplicationServers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each prerequisite {@code shadow init} checks, refused with what to run. */
class ShadowPrerequisitesIntegrationTests {
  @RegisterExtension static final LogicalReplicationServers PG = new LogicalReplicationServers();

  @BeforeAll
  static void databases() throws Exception {
    ShopSchema.create(PG.source(), "prod", 5);
    ShopSchema.create(PG.shadow(), "replica_level", 5);
    PG.shadow().createDatabase("empty");
    PG.source().execute("prod", "CREATE ROLE reader LOGIN");
    PG.shadow().execute("empty", "CREATE ROLE gate LOGIN CREATEDB");
  }

  private static ShadowInit.Request init(String sourceUrl, String shadowUrl) {
    return new ShadowInit.Request(
        Endpoint.source(DatabaseUrl.parse(sourceUrl), "--source"),
        Endpoint.shadow(DatabaseUrl.parse(shadowUrl), "--shadow"),
        new ShadowName("check"),
        List.of(),
        false);
  }

  private static ShadowException refusal(ShadowInit.Request request) {
    return assertThrows(ShadowException.class, () -> ShadowInit.run(request, l -> {}));
  }

  @Test
  void aSourceWithoutLogicalWalIsRefused() {
    ShadowException e = refusal(init(PG.shadow().url("replica_level"), PG.shadow().url("empty")));
    assertEquals(
        "wal_level is replica on the source server 127.0.0.1:"
            + PG.shadow().port()
            + " (--source), and logical replication needs wal_level = logical",
        e.getMessage());
    assertEquals(
        "run ALTER SYSTEM SET wal_level = logical; on the source and restart it", e.remedy());
  }

  @Test
  void aRoleThatMayNotReplicateIsRefused() {
    ShadowException e =
        refusal(
            init(
                PG.source().url("prod").replace("postgres:postgres@", "reader@"),
                PG.shadow().url("empty")));
    assertEquals(
        "user reader may not replicate from the source server 127.0.0.1:"
            + PG.source().port()
            + " (--source): it has neither REPLICATION nor superuser",
        e.getMessage());
    assertEquals("run ALTER ROLE \"reader\" REPLICATION; on the source", e.remedy());
  }

  @Test
  void noFreeReplicationSlotIsRefused() throws Exception {
    int free =
        Integer.parseInt(
            ShadowReplicationIntegrationTests.value(
                PG.source(),
                "postgres",
                "SELECT current_setting('max_replication_slots')::int"
                    + " - (SELECT count(*) FROM pg_replication_slots)"));
    for (int i = 0; i < free; i++) {
      PG.source()
          .execute("postgres", "SELECT pg_create_physical_replication_slot('fill_" + i + "')");
    }
    try {
      ShadowException e = refusal(init(PG.source().url("prod"), PG.shadow().url("empty")));
      assertEquals(
          "all 10 replication slots of the source server 127.0.0.1:"
              + PG.source().port()
              + " (--source) are in use (max_replication_slots = 10), and a shadow needs one",
          e.getMessage());
      assertTrue(e.remedy().startsWith("raise max_replication_slots on the source"), e.remedy());
    } finally {
      for (int i = 0; i < free; i++) {
        PG.source().execute("postgres", "SELECT pg_drop_replication_slot('fill_" + i + "')");
      }
    }
  }

  @Test
  void noFreeWalSenderIsRefused() throws Exception {
    int free =
        Integer.parseInt(
            ShadowReplicationIntegrationTests.value(
                PG.source(),
                "postgres",
                "SELECT current_setting('max_wal_senders')::int - (SELECT count(*)"
                    + " FROM pg_stat_activity WHERE backend_type = 'walsender')"));
    Properties replication = new Properties();
    replication.setProperty("user", "postgres");
    replication.setProperty("password", "postgres");
    replication.setProperty("replication", "database");
    replication.setProperty("preferQueryMode", "simple");
    replication.setProperty("assumeMinServerVersion", "9.4");
    List<Connection> senders = new ArrayList<>();
    try {
      for (int i = 0; i < free; i++) {
        senders.add(
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + PG.source().port() + "/prod", replication));
      }
      assertEquals(
          "10",
          ShadowReplicationIntegrationTests.value(
              PG.source(),
              "postgres",
              "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'walsender'"));
      ShadowException e = refusal(init(PG.source().url("prod"), PG.shadow().url("empty")));
      assertEquals(
          "all 10 WAL senders of the source server 127.0.0.1:"
              + PG.source().port()
              + " (--source) are in use (max_wal_senders = 10), and a shadow needs one",
          e.getMessage());
    } finally {
      for (Connection sender : senders) {
        sender.close();
      }
    }
  }

  @Test
  void aShadowRoleThatMayNotSubscribeIsRefused() {
    ShadowException e =
        refusal(
            init(
                PG.source().url("prod"),
                PG.shadow().url("empty").replace("postgres:postgres@", "gate@")));
    assertEquals(
        "user gate may not create subscriptions on the shadow server 127.0.0.1:"
            + PG.shadow().port()
            + " (--shadow)",
        e.getMessage());
    assertEquals(
        "run GRANT pg_create_subscription TO \"gate\"; and GRANT CREATE ON DATABASE \"empty\" TO"
            + " \"gate\"; on the shadow, or use a superuser",
        e.remedy());
  }

  @Test
  void anUnreachableShadowIsRefused() {
    ShadowException e =
        refusal(init(PG.source().url("prod"), "postgres://postgres@127.0.0.1:1/empty"));
    assertEquals(
        "cannot connect to the shadow server 127.0.0.1:1 (--shadow): connection refused",
        e.getMessage());
  }

  @Test
  void aShadowDatabaseThatHasTheTablesAlreadyIsRefused() {
    ShadowException e = refusal(init(PG.source().url("prod"), PG.shadow().url("replica_level")));
    assertTrue(
        e.getMessage().startsWith("the shadow database replica_level on the shadow server")
            && e.getMessage()
                .contains("already has the tables shop.customers, shop.order_events, shop.orders"),
        e.getMessage());
  }

  @Test
  void aTableThatDoesNotExistIsRefused() {
    ShadowInit.Request request =
        new ShadowInit.Request(
            Endpoint.source(DatabaseUrl.parse(PG.source().url("prod")), "--source"),
            Endpoint.shadow(DatabaseUrl.parse(PG.shadow().url("empty")), "--shadow"),
            new ShadowName("check"),
            List.of("shop.orders", "nope"),
            false);
    assertEquals(
        "no table nope on the source (--tables); only ordinary tables can be replicated",
        assertThrows(ShadowException.class, () -> ShadowInit.run(request, l -> {})).getMessage());
  }
}
