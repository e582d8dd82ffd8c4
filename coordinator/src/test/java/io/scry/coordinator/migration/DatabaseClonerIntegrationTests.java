package io.scry.coordinator.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.testsupport.PostgresExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 1, unit = TimeUnit.MINUTES)
class DatabaseClonerIntegrationTests {
  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  @Test
  void clonesWithTheDataAndDrops() throws Exception {
    PG.createDatabase("clone_src");
    PG.execute(
        "clone_src", "CREATE TABLE t (id int)", "INSERT INTO t SELECT generate_series(1, 100)");
    try (DatabaseCloner cloner =
        new DatabaseCloner(DatabaseUrl.parse(PG.url("clone_src")), Duration.ofSeconds(1))) {
      DatabaseUrl copy = cloner.cloneDatabase("clone_src", "clone_copy");

      assertEquals("clone_copy", copy.database());
      try (Connection c = PG.connect("clone_copy");
          ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM t")) {
        rs.next();
        assertEquals(100, rs.getLong(1));
      }
      cloner.drop("clone_copy");
      assertFalse(cloner.exists("clone_copy"));
    }
  }

  /**
   * A check killed with SIGKILL leaves its clones; the next check drops them, and never the clones
   * of a check that is still running (its advisory lock is held by its live connection).
   */
  @Test
  void theNextCheckDropsTheClonesOfAKilledOneButNotThoseOfALiveOne() throws Exception {
    PG.createDatabase("sweep_src");
    DatabaseUrl server = DatabaseUrl.parse(PG.url("sweep_src"));
    DatabaseCloner killed = new DatabaseCloner(server, Duration.ofSeconds(1));
    killed.claim("scry_dead01");
    killed.cloneDatabase("sweep_src", "scry_dead01_base");
    killed.cloneDatabase("sweep_src", "scry_dead01_cand_r1");
    killed.close(); // its connection ends as the process would: the claim is gone
    try (DatabaseCloner live = new DatabaseCloner(server, Duration.ofSeconds(1));
        DatabaseCloner next = new DatabaseCloner(server, Duration.ofSeconds(1))) {
      live.claim("scry_a11e");
      live.cloneDatabase("sweep_src", "scry_a11e_base");
      next.claim("scry_0e3");

      assertEquals(List.of("scry_dead01_base", "scry_dead01_cand_r1"), next.sweepAbandoned());
      assertTrue(next.exists("scry_a11e_base"), "a live check's clone stays");
      assertFalse(next.exists("scry_dead01_base"));
      live.drop("scry_a11e_base");
    }
  }

  @Test
  void refusesToCloneWhileOtherSessionsAreConnectedAndNamesThem() throws Exception {
    PG.createDatabase("busy_src");
    Properties props = new Properties();
    props.setProperty("user", PostgresExtension.USER);
    props.setProperty("password", PostgresExtension.PASSWORD);
    props.setProperty("ApplicationName", "billing-worker");
    try (Connection busy = java.sql.DriverManager.getConnection(PG.jdbcUrl("busy_src"), props);
        DatabaseCloner cloner =
            new DatabaseCloner(DatabaseUrl.parse(PG.url("busy_src")), Duration.ofMillis(300))) {
      MigrationCheckException e =
          assertThrows(
              MigrationCheckException.class, () -> cloner.cloneDatabase("busy_src", "busy_copy"));

      assertTrue(
          e.getMessage().startsWith("cannot clone busy_src: 1 other session(s) connected"),
          e.getMessage());
      assertTrue(e.details().contains("application 'billing-worker'"), e.details());
      assertTrue(e.details().contains("user postgres"), e.details());
      assertFalse(cloner.exists("busy_copy"));
    }
  }

  @Test
  void unreachableServerIsAClearError() {
    MigrationCheckException e =
        assertThrows(
            MigrationCheckException.class,
            () ->
                new DatabaseCloner(
                    DatabaseUrl.parse("postgres://u:p@127.0.0.1:1/db"), Duration.ZERO));
    assertTrue(e.getMessage().startsWith("cannot reach the shadow server"), e.getMessage());
  }
}
