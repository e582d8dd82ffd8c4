package io.scry.cli.ci;

import io.scry.cli.bench.OrdersCapture;
import io.scry.fixtures.db.DatabaseTarget;
import io.scry.testsupport.PostgresExtension;
import java.nio.file.Path;
import java.sql.SQLException;

/** {@link OrdersCapture}, the shop and its recorded workload, on the tests' PostgreSQL server. */
final class OrdersWorkload {
  private OrdersWorkload() {}

  /** Creates the shadow database with its data. */
  static void createShadow(PostgresExtension pg, String database) throws SQLException {
    pg.createDatabase(database);
    OrdersCapture.createShadow(target(pg, database));
  }

  /** Records the application workload against {@code database}; see {@link OrdersCapture}. */
  static void record(
      PostgresExtension pg, String database, Path captureDir, int sessions, int iterations)
      throws Exception {
    OrdersCapture.record(target(pg, database), captureDir, sessions, iterations);
  }

  private static DatabaseTarget target(PostgresExtension pg, String database) {
    return new DatabaseTarget(
        pg.jdbcUrl(database), PostgresExtension.USER, PostgresExtension.PASSWORD);
  }
}
