package io.scry.cli.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.cli.CliRun;
import io.scry.testsupport.LogicalReplicationServers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code scry-cluster shadow …} end to end on a source and a shadow server. */
class ShadowCommandIntegrationTests {
  @RegisterExtension static final LogicalReplicationServers PG = new LogicalReplicationServers();

  @BeforeAll
  static void databases() throws Exception {
    PG.source().createDatabase("shop");
    PG.source()
        .execute(
            "shop",
            "CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL)",
            "CREATE TABLE orders (id bigserial PRIMARY KEY,"
                + " customer_id int NOT NULL REFERENCES customers (id), total int NOT NULL)",
            "INSERT INTO customers (name) SELECT 'c' || g FROM generate_series(1, 20) g",
            "INSERT INTO orders (customer_id, total) SELECT 1 + g % 20, g"
                + " FROM generate_series(1, 300) g");
    PG.shadow().createDatabase("shop_shadow");
  }

  @Test
  void initStatusCheckpointAndDrop() throws Exception {
    String source = PG.source().url("shop");
    String shadow = PG.shadow().url("shop_shadow");

    CliRun init = CliRun.of("shadow", "init", "--source", source, "--shadow", shadow);
    assertEquals(0, init.exit(), init.output());
    assertTrue(init.stdout().contains("copy: 2/2 tables"), init.output());
    assertTrue(
        init.stdout()
            .contains(
                "shadow shop_shadow streams 2 table(s) from the source; 2 sequence value(s)"
                    + " copied"),
        init.output());

    CliRun status = CliRun.of("shadow", "status", "--shadow", shadow);
    assertEquals(0, status.exit(), status.output());
    assertTrue(
        status.stdout().startsWith("shadow shop_shadow of postgres://postgres@127.0.0.1:"),
        status.output());
    assertTrue(status.stdout().contains("  public.orders  streaming"), status.output());
    assertTrue(status.stdout().contains("slot scry_shop_shadow on the source: "), status.output());
    assertTrue(status.stdout().contains("lag: "), status.output());

    PG.source().execute("shop", "INSERT INTO orders (customer_id, total) VALUES (1, 1000)");
    CliRun checkpoint =
        CliRun.of("shadow", "checkpoint", "release_1", "--shadow", shadow, "--catch-up", "60");
    assertEquals(0, checkpoint.exit(), checkpoint.output());
    assertTrue(
        checkpoint.stdout().contains("checkpoint release_1: database scry_ckpt_release_1"),
        checkpoint.output());
    assertEquals("301", value("scry_ckpt_release_1", "SELECT count(*) FROM orders"));

    CliRun list = CliRun.of("shadow", "checkpoint", "--list", "--shadow", shadow);
    assertEquals(0, list.exit(), list.output());
    assertTrue(list.stdout().startsWith("release_1  database scry_ckpt_release_1"), list.output());

    CliRun again = CliRun.of("shadow", "checkpoint", "release_1", "--shadow", shadow);
    assertEquals(1, again.exit(), again.output());
    assertEquals(
        "error: a checkpoint named release_1 exists already on the shadow server 127.0.0.1:"
            + PG.shadow().port()
            + " (--shadow)",
        again.firstErrorLine());

    CliRun dropCheckpoint =
        CliRun.of("shadow", "checkpoint", "--drop", "release_1", "--shadow", shadow);
    assertEquals(0, dropCheckpoint.exit(), dropCheckpoint.output());
    assertEquals(
        "0", value("postgres", "SELECT count(*) FROM pg_database WHERE datname LIKE 'scry_ckpt%'"));

    PG.source().execute("shop", "UPDATE orders SET total = total + 1 WHERE id <= 10");
    PG.shadow().execute("shop_shadow", "DELETE FROM orders WHERE id > 100");
    CliRun reset = CliRun.of("shadow", "reset", "--shadow", shadow);
    assertEquals(0, reset.exit(), reset.output());
    assertTrue(reset.stdout().contains("copy: 2/2 tables"), reset.output());
    assertEquals("301", value("shop_shadow", "SELECT count(*) FROM orders"));

    CliRun drop = CliRun.of("shadow", "drop", "--shadow", shadow);
    assertEquals(0, drop.exit(), drop.output());
    assertTrue(
        drop.stdout().contains("nothing of shadow shop_shadow is left there"), drop.output());
    try (Connection c = PG.source().connect("shop");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM pg_replication_slots)"
                    + " + (SELECT count(*) FROM pg_publication)")) {
      rs.next();
      assertEquals(0, rs.getInt(1));
    }
    for (CliRun run : List.of(init, status, checkpoint, list, again, dropCheckpoint, reset, drop)) {
      assertFalse(run.output().contains(":postgres@"), "a password was printed:\n" + run.output());
    }
  }

  @Test
  void sweepListsWhatItDroppedAndKept() throws Exception {
    PG.shadow().createDatabase("scry_0ab1_baseline");

    CliRun run =
        CliRun.of("shadow", "sweep", "--shadow", PG.shadow().url("postgres"), "--older-than", "0s");

    assertEquals(0, run.exit(), run.output());
    assertEquals("dropped scry_0ab1_baseline\n1 clone(s) dropped, 0 kept\n", run.stdout());
  }

  @Test
  void aSourceWithoutLogicalWalFailsWithTheSettingToChange() throws Exception {
    PG.shadow().createDatabase("not_logical");
    PG.shadow().execute("not_logical", "CREATE TABLE t (id int PRIMARY KEY)");
    PG.shadow().createDatabase("empty");

    CliRun run =
        CliRun.of(
            "shadow",
            "init",
            "--source",
            PG.shadow().url("not_logical"),
            "--shadow",
            PG.shadow().url("empty"));

    assertEquals(1, run.exit(), run.output());
    assertEquals(
        "error: wal_level is replica on the source server 127.0.0.1:"
            + PG.shadow().port()
            + " (--source), and logical replication needs wal_level = logical",
        run.firstErrorLine());
    assertEquals(
        "scry: failed — run ALTER SYSTEM SET wal_level = logical; on the source and restart it",
        run.lastErrorLine());
  }

  @Test
  void anUnreachableShadowFailsNamingTheFlag() {
    CliRun run =
        CliRun.of("shadow", "status", "--shadow", "postgres://gate:secret@127.0.0.1:1/shadow");

    assertEquals(1, run.exit(), run.output());
    assertEquals(
        "error: cannot connect to the shadow server 127.0.0.1:1 (--shadow): connection refused",
        run.firstErrorLine());
    assertFalse(run.output().contains("secret"), run.output());
  }

  private static String value(String database, String sql) throws Exception {
    try (Connection c = PG.shadow().connect(database);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
