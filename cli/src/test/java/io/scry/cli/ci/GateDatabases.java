package io.scry.cli.ci;

import io.scry.testsupport.PostgresExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The databases a gate creates on the shadow's server (clones, its control database). */
final class GateDatabases {
  private GateDatabases() {}

  /** Every {@code scry…} database on {@code pg}'s server, in no particular order. */
  static List<String> on(PostgresExtension pg) {
    List<String> databases = new ArrayList<>();
    try (Connection c = pg.connect("postgres");
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'scry%'")) {
      while (rs.next()) {
        databases.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return databases;
  }
}
