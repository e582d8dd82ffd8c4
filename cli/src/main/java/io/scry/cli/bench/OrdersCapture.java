package io.scry.cli.bench;

import io.scry.fixtures.db.DatabaseTarget;
import io.scry.proxy.ProxyServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The shop of the CI story: 25,000 orders in 50 regions with an index on region, and an application
 * workload recorded through the real capturing proxy with pgjdbc (extended protocol, server-side
 * prepared statements after a few executions, text parameters). The capture the {@code ci
 * test-migration} tests and {@link CiCycleBenchmark} replay.
 */
public final class OrdersCapture {
  public static final String REGION_QUERY = "SELECT id, total FROM orders WHERE region = ?";
  public static final String BY_ID_QUERY = "SELECT id, status, total FROM orders WHERE id = ?";
  public static final String BY_CUSTOMER_QUERY =
      "SELECT customer_id, count(*), sum(total) FROM orders WHERE customer_id = ? GROUP BY customer_id";
  public static final String NOTE_INSERT = "INSERT INTO order_notes (order_id, note) VALUES (?, ?)";

  private OrdersCapture() {}

  /** Fills the empty database {@code shadow} with the shop's tables and data. */
  public static void createShadow(DatabaseTarget shadow) throws SQLException {
    try (Connection c = shadow.connect();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id int NOT NULL, region varchar(20) NOT NULL,"
              + " status text NOT NULL, total numeric(10,2) NOT NULL, created_at timestamp NOT NULL)");
      s.execute(
          "INSERT INTO orders SELECT g, g % 997, 'region-' || (g % 50),"
              + " (ARRAY['new','paid','shipped','done'])[1 + g % 4], (g % 500) + 0.49,"
              + " timestamp '2024-01-01' + g * interval '1 minute' FROM generate_series(1, 25000) g");
      s.execute("CREATE INDEX idx_orders_region ON orders (region)");
      s.execute(
          "CREATE TABLE order_notes (id bigserial PRIMARY KEY, order_id bigint NOT NULL, note text NOT NULL)");
      s.execute("VACUUM ANALYZE");
    }
  }

  /**
   * Runs {@code sessions} application sessions of {@code iterations} iterations each through a
   * capturing proxy in front of {@code database}; the capture lands in {@code captureDir}. Each
   * iteration runs a region query and an order lookup; every fourth also a customer report and a
   * note insert.
   */
  public static void record(DatabaseTarget database, Path captureDir, int sessions, int iterations)
      throws Exception {
    try (ProxyServer proxy =
        ProxyServer.startCapturing(database.host(), database.port(), captureDir, "app-proxy")) {
      String url =
          "jdbc:postgresql://127.0.0.1:"
              + proxy.localAddress().getPort()
              + "/"
              + database.database()
              + "?sslmode=disable";
      for (int s = 0; s < sessions; s++) {
        try (Connection c =
            DriverManager.getConnection(url, database.user(), database.password())) {
          runSession(c, s, iterations);
        }
      }
    }
  }

  private static void runSession(Connection c, int session, int iterations) throws SQLException {
    try (PreparedStatement byRegion = c.prepareStatement(REGION_QUERY);
        PreparedStatement byId = c.prepareStatement(BY_ID_QUERY);
        PreparedStatement byCustomer = c.prepareStatement(BY_CUSTOMER_QUERY);
        PreparedStatement note = c.prepareStatement(NOTE_INSERT)) {
      for (int i = 0; i < iterations; i++) {
        int n = session * iterations + i;
        byRegion.setString(1, "region-" + (n * 7 % 50));
        drain(byRegion.executeQuery());
        byId.setLong(1, 1 + (n * 7919L) % 25_000);
        drain(byId.executeQuery());
        if (i % 4 == 0) {
          byCustomer.setInt(1, n % 997);
          drain(byCustomer.executeQuery());
          note.setLong(1, 1 + n);
          note.setString(2, "note " + n);
          note.executeUpdate();
        }
      }
    }
  }

  private static void drain(ResultSet rs) throws SQLException {
    try (rs) {
      while (rs.next()) {
        rs.getObject(1);
      }
    }
  }
}
