package io.scry.coordinator.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.testsupport.PostgresExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A template that autovacuum is working on can be cloned, by a gate whose role may not cancel
 * autovacuum (not a superuser): CREATE DATABASE ends the template's autovacuum workers itself.
 * After a VACUUM ANALYZE of a template, autovacuum comes to its pg_statistic at any moment, and a
 * gate that waited for its workers to leave failed to clone ("1 other session(s) connected").
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class TemplateUnderAutovacuumIntegrationTests {
  // Autovacuum wakes every second and crawls (1 unit of work, then 100 ms of sleep), so that it is
  // still on the template's table when the clone is made.
  @RegisterExtension
  static final PostgresExtension PG =
      new PostgresExtension(
          Map.of(
              "autovacuum_naptime", "1s",
              "autovacuum_vacuum_cost_delay", "100ms",
              "autovacuum_vacuum_cost_limit", "1"));

  @Test
  void aGateThatMayNotCancelAutovacuumClonesATemplateItIsVacuuming() throws Exception {
    PG.createDatabase("vacuumed");
    PG.execute(
        "vacuumed",
        "CREATE TABLE t (id int, pad text)",
        "INSERT INTO t SELECT i, repeat('x', 200) FROM generate_series(1, 50000) i",
        "DELETE FROM t WHERE id % 2 = 0");
    PG.execute(
        "postgres",
        "CREATE ROLE gate LOGIN CREATEDB PASSWORD 'gate'",
        "ALTER DATABASE vacuumed OWNER TO gate");
    awaitAutovacuumOn("vacuumed");

    DatabaseUrl asGate =
        DatabaseUrl.parse("postgres://gate:gate@" + PG.host() + ":" + PG.port() + "/postgres");
    try (DatabaseCloner cloner = new DatabaseCloner(asGate, Duration.ofSeconds(2))) {
      cloner.cloneDatabase("vacuumed", "vacuumed_clone");
    }

    try (Connection c = PG.connect("vacuumed_clone");
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM t")) {
      rs.next();
      assertEquals(25000, rs.getLong(1));
    }
  }

  private static void awaitAutovacuumOn(String database) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    try (Connection c = PG.connect("postgres")) {
      while (System.nanoTime() < deadline) {
        try (ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum"
                        + " worker' AND datname = '"
                        + database
                        + "'")) {
          rs.next();
          if (rs.getLong(1) > 0) {
            return;
          }
        }
        Thread.sleep(100);
      }
    }
    assertTrue(false, "autovacuum never came to " + database + " within 60 s");
  }
}
