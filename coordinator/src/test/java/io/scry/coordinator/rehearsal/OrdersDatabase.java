package io.scry.coordinator.rehearsal;

import io.scry.testsupport.PostgresExtension;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The rehearsal tests' data: an {@code orders} table big enough that a rewrite or index build under
 * a lock lasts long enough to measure (the text index makes a rewrite take about twice as long),
 * small enough to build in a few seconds. Tests clone the template, so that a migration never sees
 * another's leftovers.
 */
public final class OrdersDatabase {
  public static final int ROWS = 200_000;
  private static final String TEMPLATE = "orders_template";
  private static final AtomicInteger CLONES = new AtomicInteger();

  /**
   * A CHECK that costs a few microseconds per row, so that validating 200k rows takes about as long
   * under its lock as validating a production-sized table with a cheap CHECK.
   */
  public static final String COSTLY_CHECK = "length(md5(md5(md5(md5(md5(md5(md5(note)))))))) = 32";

  private OrdersDatabase() {}

  public static void createTemplate(PostgresExtension pg) throws SQLException {
    pg.createDatabase(TEMPLATE);
    pg.execute(
        TEMPLATE,
        "CREATE TABLE orders (id bigint PRIMARY KEY, customer int NOT NULL, amount int NOT NULL,"
            + " status text NOT NULL, note text NOT NULL)",
        "INSERT INTO orders SELECT g, g % 5000, g % 1000, (ARRAY['new','paid','shipped'])[1 + g % 3],"
            + " md5(g::text) FROM generate_series(1, "
            + ROWS
            + ") g",
        "CREATE INDEX orders_note ON orders (note)",
        "VACUUM ANALYZE orders");
  }

  /** A fresh copy of the template; returns its name. */
  public static String cloneTemplate(PostgresExtension pg) throws SQLException {
    String name = "orders_" + CLONES.incrementAndGet();
    pg.execute("postgres", "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
    return name;
  }

  public static void drop(PostgresExtension pg, String name) throws SQLException {
    pg.execute("postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }
}
