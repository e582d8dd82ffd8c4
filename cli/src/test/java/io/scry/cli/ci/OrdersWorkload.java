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

  /**
   * Creates the shadow database {@code database} and records the application workload against it
   * into {@code dir}/capture: the recorded shadow the gate tests start from. Returns the capture.
   */
  static Path recordShadow(
      PostgresExtension pg, String database, Path dir, int sessions, int iterations)
      throws Exception {
    createShadow(pg, database);
    Path capture = dir.resolve("capture");
    record(pg, database, capture, sessions, iterations);
    return capture;
  }

  /** Records the application workload against {@code database}; see {@link OrdersCapture}. */
  private static void record(
      PostgresExtension pg, String database, Path captureDir, int sessions, int iterations)
      throws Exception {
    OrdersCapture.record(target(pg, database), captureDir, sessions, iterations);
  }

  private static DatabaseTarget target(PostgresExtension pg, String database) {
    return new DatabaseTarget(
        pg.jdbcUrl(database), PostgresExtension.USER, PostgresExtension.PASSWORD);
  }
}
