package io.scry.coordinator.rehearsal;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.ValidationDepth;
import io.scry.coordinator.config.DatabaseUrl;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * The monitor's own connection to the clone. Its session cannot hold up the rehearsal: a statement
 * timeout bounds every sample, a lock timeout keeps it from queueing for a lock, and it names
 * itself so that it is easy to tell apart in {@code pg_stat_activity}.
 */
final class MonitorConnection implements AutoCloseable {
  static final String APPLICATION_NAME = "scry-lock-monitor";

  /** The server cancels a sample after this. */
  private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(2);

  /** This side gives up on the connection when no answer came in this time. */
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

  private final PostgresqlConnection connection;
  private final long databaseOid;

  private MonitorConnection(PostgresqlConnection connection, long databaseOid) {
    this.connection = connection;
    this.databaseOid = databaseOid;
  }

  /** Connects and prepares the session; fails with a {@link LockMonitorException}. */
  static MonitorConnection open(DatabaseUrl url) {
    PostgresqlConnection connection;
    try {
      connection = url.connectionFactory().create().block(Duration.ofSeconds(30));
    } catch (RuntimeException e) {
      throw new LockMonitorException("cannot connect to " + url + ": " + rootMessage(e), e);
    }
    try {
      connection
          .createStatement(
              "SET application_name = '"
                  + APPLICATION_NAME
                  + "'; SET statement_timeout = '"
                  + STATEMENT_TIMEOUT.toMillis()
                  + "ms'; SET lock_timeout = '1s'")
          .execute()
          .flatMap(result -> result.getRowsUpdated())
          .then()
          .block(ANSWER_TIMEOUT);
      Long oid =
          connection
              .createStatement(
                  "SELECT oid::int8 FROM pg_database WHERE datname = current_database()")
              .execute()
              .flatMap(result -> result.map((row, meta) -> row.get(0, Long.class)))
              .blockFirst(ANSWER_TIMEOUT);
      return new MonitorConnection(connection, oid);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw new LockMonitorException(
          "cannot prepare the monitor session on " + url + ": " + rootMessage(e), e);
    }
  }

  /**
   * Runs one sample. {@code localMillis} and {@code localNanos} of the result are taken at the
   * middle of the round trip, the best local estimate of the server's {@code clock_timestamp()}.
   */
  Sample sample() {
    long wallBefore = System.currentTimeMillis();
    long before = System.nanoTime();
    Object[] columns =
        connection
            .createStatement(SampleQuery.SQL)
            .bind("$1", databaseOid)
            .execute()
            .flatMap(
                result ->
                    result.map(
                        (row, meta) ->
                            new Object[] {
                              row.get(0, Long.class),
                              row.get(1, Long.class),
                              row.get(2, String.class),
                              row.get(3, String.class)
                            }))
            .single()
            .timeout(ANSWER_TIMEOUT)
            .block();
    long halfTrip = (System.nanoTime() - before) / 2;
    return new Sample(
        (Long) columns[0],
        wallBefore + halfTrip / 1_000_000,
        before + halfTrip,
        (Long) columns[1],
        SampleQuery.activity((String) columns[2]),
        SampleQuery.locks((String) columns[3]));
  }

  /** Whether the connection is still open on this side (a lost one never comes back). */
  boolean isOpen() {
    try {
      return Boolean.TRUE.equals(
          Mono.from(connection.validate(ValidationDepth.LOCAL)).block(Duration.ofSeconds(1)));
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }

  private static void closeQuietly(PostgresqlConnection connection) {
    try {
      Mono.from(connection.close()).block(Duration.ofSeconds(5));
    } catch (RuntimeException e) {
      // Closed or lost either way.
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
