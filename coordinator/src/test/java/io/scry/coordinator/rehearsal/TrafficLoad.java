package io.scry.coordinator.rehearsal;

import io.scry.testsupport.PostgresExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Real concurrent traffic on the {@code orders} table of {@link OrdersDatabase}: pgjdbc threads,
 * each on its own connection, running prepared statements (so {@code pg_stat_activity} shows their
 * {@code $1}) in a loop with a short pause, until closed. Errors are counted, not fatal: a
 * migration may legitimately make a statement fail.
 */
public final class TrafficLoad implements AutoCloseable {
  static final String READ = "SELECT note FROM orders WHERE id = $1";
  static final String WRITE = "UPDATE orders SET amount = amount + 1 WHERE id = $1";
  static final String SCAN = "SELECT count(*) FROM orders WHERE status = $1 AND amount < 10";

  private final List<Thread> threads = new ArrayList<>();
  private final List<Connection> connections = new ArrayList<>();
  private final AtomicLong statements = new AtomicLong();
  private final AtomicInteger errors = new AtomicInteger();
  private volatile boolean stopping;

  private TrafficLoad() {}

  /** Starts {@code readers} point readers, {@code writers} point writers and one scanner. */
  public static TrafficLoad start(PostgresExtension pg, String database, int readers, int writers)
      throws SQLException {
    TrafficLoad load = new TrafficLoad();
    try {
      for (int i = 0; i < readers; i++) {
        load.loop(pg, database, "traffic-read-" + i, READ, 5, OrdersDatabase.ROWS);
      }
      for (int i = 0; i < writers; i++) {
        load.loop(pg, database, "traffic-write-" + i, WRITE, 10, OrdersDatabase.ROWS);
      }
      load.loop(pg, database, "traffic-scan", SCAN, 50, 0);
    } catch (SQLException | RuntimeException e) {
      load.close();
      throw e;
    }
    return load;
  }

  static Connection connect(PostgresExtension pg, String database, String applicationName)
      throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", PostgresExtension.USER);
    props.setProperty("password", PostgresExtension.PASSWORD);
    props.setProperty("ApplicationName", applicationName);
    return DriverManager.getConnection(pg.jdbcUrl(database), props);
  }

  public long statements() {
    return statements.get();
  }

  public int errors() {
    return errors.get();
  }

  private void loop(
      PostgresExtension pg, String database, String name, String sql, long pauseMillis, int ids)
      throws SQLException {
    Connection connection = connect(pg, database, name);
    connections.add(connection);
    PreparedStatement statement = connection.prepareStatement(sql.replace("$1", "?"));
    Thread thread =
        new Thread(
            () -> {
              while (!stopping) {
                try {
                  ThreadLocalRandom random = ThreadLocalRandom.current();
                  if (ids > 0) {
                    statement.setLong(1, 1 + random.nextInt(ids));
                  } else {
                    statement.setString(1, random.nextBoolean() ? "paid" : "new");
                  }
                  statement.execute();
                  statements.incrementAndGet();
                } catch (SQLException e) {
                  errors.incrementAndGet();
                  if (connectionGone(connection)) {
                    return;
                  }
                }
                pause(pauseMillis);
              }
            },
            name);
    thread.setDaemon(true);
    threads.add(thread);
    thread.start();
  }

  private static boolean connectionGone(Connection connection) {
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized void close() {
    stopping = true;
    for (Thread thread : threads) {
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (Connection connection : connections) {
      try {
        connection.close();
      } catch (SQLException e) {
        // Closing anyway.
      }
    }
  }
}
