package io.scry.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresExtensionIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  @Test
  void startsARealPostgres17() throws Exception {
    try (Connection c = PG.connect("postgres");
        ResultSet rs = c.createStatement().executeQuery("SHOW server_version_num")) {
      assertTrue(rs.next());
      assertTrue(Integer.parseInt(rs.getString(1)) >= 170000, rs.getString(1));
    }
  }

  @Test
  void createsDatabasesAndRunsStatements() throws Exception {
    PG.createDatabase("fixture_check");
    PG.execute("fixture_check", "CREATE TABLE t (id int)", "INSERT INTO t VALUES (1), (2)");
    try (Connection c = PG.connect("fixture_check");
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM t")) {
      rs.next();
      assertEquals(2, rs.getInt(1));
    }
  }
}
