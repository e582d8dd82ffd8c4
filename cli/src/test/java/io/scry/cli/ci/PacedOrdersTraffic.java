package io.scry.cli.ci;

import io.scry.proxy.ProxyServer;
import io.scry.testsupport.PostgresExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The shop's application traffic as production sends it, recorded through the capturing proxy:
 * concurrent sessions that each look an order up every {@link #THINK} (and every fourth time the
 * orders of a region, every tenth time add a note), for a given time. Replayed in timed mode it
 * keeps its pace, which a rehearsal needs: a migration meets the traffic that arrives while it
 * runs.
 */
final class PacedOrdersTraffic {
  static final Duration THINK = Duration.ofMillis(20);

  private PacedOrdersTraffic() {}

  static void record(
      PostgresExtension pg, String database, Path captureDir, int sessions, Duration length)
      throws Exception {
    try (ProxyServer proxy =
        ProxyServer.startCapturing(pg.host(), pg.port(), captureDir, "app-proxy")) {
      String url =
          "jdbc:postgresql://127.0.0.1:"
              + proxy.localAddress().getPort()
              + "/"
              + database
              + "?sslmode=disable";
      long deadline = System.nanoTime() + length.toNanos();
      ExecutorService pool = Executors.newFixedThreadPool(sessions);
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
          int session = s;
          running.add(
              pool.submit(
                  () -> {
                    try (Connection c =
                        java.sql.DriverManager.getConnection(
                            url, PostgresExtension.USER, PostgresExtension.PASSWORD)) {
                      runSession(c, session, deadline);
                    }
                    return null;
                  }));
        }
        for (Future<?> f : running) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static void runSession(Connection c, int session, long deadline)
      throws SQLException, InterruptedException {
    try (PreparedStatement byId =
            c.prepareStatement("SELECT id, status, total FROM orders WHERE id = ?");
        PreparedStatement byRegion =
            c.prepareStatement("SELECT count(*) FROM orders WHERE region = ?");
        PreparedStatement note =
            c.prepareStatement("INSERT INTO order_notes (order_id, note) VALUES (?, ?)")) {
      for (int i = 0; System.nanoTime() < deadline; i++) {
        int n = session * 100_000 + i;
        byId.setLong(1, 1 + (n * 7919L) % 25_000);
        drain(byId.executeQuery());
        if (i % 4 == 0) {
          byRegion.setString(1, "region-" + (n % 50));
          drain(byRegion.executeQuery());
        }
        if (i % 10 == 0) {
          note.setLong(1, 1 + n % 25_000);
          note.setString(2, "note " + n);
          note.executeUpdate();
        }
        Thread.sleep(THINK.toMillis());
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
