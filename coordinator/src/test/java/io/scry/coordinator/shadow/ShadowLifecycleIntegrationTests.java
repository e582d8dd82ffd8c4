package io.scry.coordinator.shadow;

import static io.scry.coordinator.shadow.ShadowReplicationIntegrationTests.count;
import static io.scry.coordinator.shadow.ShadowReplicationIntegrationTests.slotsNamed;
import static io.scry.coordinator.shadow.ShadowReplicationIntegrationTests.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.testsupport.LogicalReplicationServers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A shadow's life after init: status warnings, reset, a drop while the source is down. */
class ShadowLifecycleIntegrationTests {
  @RegisterExtension static final LogicalReplicationServers PG = new LogicalReplicationServers();

  private static Endpoint shadow(String database) {
    return Endpoint.shadow(DatabaseUrl.parse(PG.shadow().url(database)), "--shadow");
  }

  private static void init(String source, String shadow, ShadowName name) throws Exception {
    ShopSchema.create(PG.source(), source, 100);
    PG.shadow().createDatabase(shadow);
    ShadowInit.run(
        new ShadowInit.Request(
            Endpoint.source(DatabaseUrl.parse(PG.source().url(source)), "--source"),
            shadow(shadow),
            name,
            List.of(),
            false),
        line -> {});
  }

  @Test
  void aShadowOnTheSourcesOwnServerStreamsAndDrops() throws Exception {
    ShopSchema.create(PG.source(), "same_source", 20);
    PG.source().createDatabase("same_shadow");
    Endpoint shadow =
        Endpoint.shadow(DatabaseUrl.parse(PG.source().url("same_shadow")), "--shadow");

    ShadowInit.run(
        new ShadowInit.Request(
            Endpoint.source(DatabaseUrl.parse(PG.source().url("same_source")), "--source"),
            shadow,
            new ShadowName("same"),
            List.of(),
            false),
        line -> {});
    PG.source().execute("same_source", "DELETE FROM shop.order_events WHERE order_id = 3");

    long deadline = System.nanoTime() + 30_000_000_000L;
    while (count(PG.source(), "same_shadow", "shop.order_events") != 19
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertEquals(19, count(PG.source(), "same_shadow", "shop.order_events"));
    ShadowDrop.run(shadow, Optional.empty(), Optional.empty(), line -> {});
    assertEquals("0", slotsNamed(PG.source(), "scry_same"));
  }

  @Test
  void statusWarnsOfADisabledSubscriptionAndItsInactiveSlot() throws Exception {
    ShadowName name = new ShadowName("idle");
    init("idle_source", "idle_shadow", name);
    PG.shadow().execute("idle_shadow", "ALTER SUBSCRIPTION scry_idle DISABLE");
    long deadline = System.nanoTime() + 30_000_000_000L;
    ShadowStatus status;
    do {
      Thread.sleep(100);
      status = ShadowStatus.read(shadow("idle_shadow"), Optional.empty(), Optional.empty());
    } while (status.slot().active() && System.nanoTime() < deadline);

    assertEquals(false, status.enabled());
    assertEquals(false, status.slot().active());
    String warnings = String.join("\n", status.warnings());
    assertTrue(warnings.contains("the subscription scry_idle is disabled (or gone)"), warnings);
    assertTrue(
        warnings.contains("the slot scry_idle is inactive and keeps ")
            && warnings.contains("remove it with shadow drop"),
        warnings);
  }

  @Test
  void resetCopiesTheTablesAgain() throws Exception {
    ShadowName name = new ShadowName("again");
    init("again_source", "again_shadow", name);
    // A shadow that fell out of step: rows changed on it by hand.
    PG.shadow()
        .execute(
            "again_shadow",
            "DELETE FROM shop.order_events",
            "UPDATE shop.orders SET note = 'changed on the shadow'");
    List<String> lines = new ArrayList<>();

    ShadowReset.run(shadow("again_shadow"), Optional.of(name), Optional.empty(), lines::add);

    assertTrue(lines.stream().anyMatch(l -> l.startsWith("copy: 3/3 tables")), lines.toString());
    for (String table : List.of("shop.customers", "shop.orders", "shop.order_events")) {
      assertEquals(
          count(PG.source(), "again_source", table),
          count(PG.shadow(), "again_shadow", table),
          table);
    }
    assertEquals(
        "0",
        value(
            PG.shadow(),
            "again_shadow",
            "SELECT count(*) FROM shop.orders WHERE note IS NOT NULL"));
    assertEquals("1", slotsNamed(PG.source(), "scry_again"));
  }

  @Test
  void dropWithTheSourceDownSaysWhatRemainsThereAndHowToRemoveIt() throws Exception {
    ShadowName name = new ShadowName("orphan");
    init("orphan_source", "orphan_shadow", name);

    PG.source().stop();
    ShadowException e;
    try {
      e =
          assertThrows(
              ShadowException.class,
              () ->
                  ShadowDrop.run(
                      shadow("orphan_shadow"), Optional.empty(), Optional.empty(), line -> {}));
    } finally {
      PG.source().start();
    }

    assertEquals(
        "cannot connect to the source server 127.0.0.1:"
            + PG.source().port()
            + " (the source URL shadow init recorded): connection refused; the replication slot"
            + " scry_orphan and the publication scry_orphan remain on the source",
        e.getMessage());
    assertEquals(
        "run SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name"
            + " = 'scry_orphan'; DROP PUBLICATION IF EXISTS scry_orphan; on the source when it is"
            + " back: a slot left there keeps its WAL and fills its disk",
        e.remedy());
    // The shadow's side is gone; the remedy's SQL cleans the source.
    assertNull(value(PG.shadow(), "orphan_shadow", "SELECT to_regnamespace('scry_shadow')"));
    PG.source()
        .execute(
            "orphan_source",
            e.remedy().substring("run ".length(), e.remedy().indexOf(" on the source")));
    assertEquals(
        "0",
        value(
            PG.source(),
            "orphan_source",
            "SELECT (SELECT count(*) FROM pg_replication_slots WHERE slot_name = 'scry_orphan')"
                + " + (SELECT count(*) FROM pg_publication)"));
  }
}
