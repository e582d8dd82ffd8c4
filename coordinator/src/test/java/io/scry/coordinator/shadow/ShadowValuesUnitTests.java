package io.scry.coordinator.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.config.DatabaseUrl;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shadow's small value types: names, replica identities, progress, slot warnings. */
class ShadowValuesUnitTests {

  @Test
  void aShadowNameGivesTheNamesOfWhatItCreates() {
    ShadowName name = new ShadowName("orders_eu");
    assertEquals("scry_orders_eu", name.publication());
    assertEquals("scry_orders_eu", name.slot());
    assertEquals("scry_orders_eu", name.subscription());
    assertEquals(new ShadowName("shop_shadow_2"), ShadowName.ofDatabase("Shop-Shadow.2"));
    assertEquals(new ShadowName("s2026"), ShadowName.ofDatabase("2026"));
    IllegalArgumentException bad =
        assertThrows(IllegalArgumentException.class, () -> new ShadowName("Orders"));
    assertTrue(bad.getMessage().startsWith("--name must be lowercase letters"), bad.getMessage());
  }

  @Test
  void aTableHasAReplicaIdentityByItsKeyOrItsSetting() {
    assertTrue(new SourceTable("s", "t", "s.t", 'd', true).hasReplicaIdentity());
    assertFalse(new SourceTable("s", "t", "s.t", 'd', false).hasReplicaIdentity());
    assertTrue(new SourceTable("s", "t", "s.t", 'f', false).hasReplicaIdentity());
    assertTrue(new SourceTable("s", "t", "s.t", 'i', false).hasReplicaIdentity());
    assertFalse(new SourceTable("s", "t", "s.t", 'n', true).hasReplicaIdentity());
    assertEquals(
        "ALTER TABLE s.a REPLICA IDENTITY FULL; ALTER TABLE \"S\".b REPLICA IDENTITY FULL;",
        TableSelection.replicaIdentityFull(
            List.of(
                new SourceTable("s", "a", "s.a", 'd', false),
                new SourceTable("S", "b", "\"S\".b", 'd', false))));
  }

  @Test
  void progressEstimatesTheTimeLeftFromTheRateSoFar() {
    CopyProgress half = new CopyProgress(1, 3, 5000, 50L << 20, 100L << 20, Duration.ofSeconds(10));
    assertEquals(Duration.ofSeconds(10), half.eta());
    assertEquals("copy: 1/3 tables, 5000 rows, 50.0 MiB of 100.0 MiB, ETA 10 s", half.line());
    CopyProgress starting = new CopyProgress(0, 3, 0, 0, 100L << 20, Duration.ofSeconds(1));
    assertNull(starting.eta());
    assertTrue(starting.line().endsWith("ETA unknown"), starting.line());
    CopyProgress done = new CopyProgress(3, 3, 9000, 99L << 20, 100L << 20, Duration.ofSeconds(21));
    assertEquals("copy: 3/3 tables, 9000 rows, 99.0 MiB of 100.0 MiB, done in 21 s", done.line());
  }

  @Test
  void aSlotThatKeepsWalOrLostItIsWarnedAbout() {
    assertEquals(
        List.of(),
        ShadowStatus.slotWarnings(new ShadowStatus.Slot("scry_a", true, "reserved", null, 1000)));
    List<String> inactive =
        ShadowStatus.slotWarnings(
            new ShadowStatus.Slot("scry_a", false, "extended", null, 3L << 20));
    assertEquals(1, inactive.size());
    assertTrue(inactive.get(0).startsWith("the slot scry_a is inactive and keeps 3 MiB"));
    List<String> large =
        ShadowStatus.slotWarnings(
            new ShadowStatus.Slot(
                "scry_a", true, "reserved", null, ShadowStatus.LARGE_RETAINED_BYTES + 1));
    assertEquals(List.of("the slot scry_a keeps 1024 MiB of WAL on the source"), large);
    List<String> lost =
        ShadowStatus.slotWarnings(new ShadowStatus.Slot("scry_a", true, "lost", 0L, 0));
    assertTrue(lost.get(0).contains("lost WAL the shadow still needed"), lost.toString());
  }

  @Test
  void theSubscriptionsConnectionStringQuotesItsValues() {
    String conninfo =
        ConnInfo.of(new DatabaseUrl("db.internal", 5433, "shop's", "gate", "pa'ss\\word"));
    assertEquals(
        "host='db.internal' port=5433 dbname='shop\\'s' user='gate' password='pa\\'ss\\\\word'",
        conninfo);
  }

  @Test
  void checkpointNamesBecomeDatabaseNames() {
    assertEquals("scry_ckpt_before_0042", ShadowCheckpoint.databaseOf("before_0042"));
    assertEquals("20261207_091500", ShadowCheckpoint.requireValidName("20261207_091500"));
    assertThrows(IllegalArgumentException.class, () -> ShadowCheckpoint.requireValidName("a-b"));
    assertTrue(ShadowCheckpoints.defaultName().matches("\\d{8}_\\d{6}"));
  }
}
