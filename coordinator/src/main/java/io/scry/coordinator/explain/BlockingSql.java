package io.scry.coordinator.explain;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlException;
import io.r2dbc.spi.Row;
import io.scry.coordinator.config.DatabaseUrl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * One PostgreSQL connection used blocking-style, for the few administrative statements of a
 * migration check (cloning databases, EXPLAIN). Statements go as simple queries, so they may not
 * contain {@code $n} placeholders. Not thread-safe.
 */
public final class BlockingSql implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofMinutes(10);
  private final PostgresqlConnection connection;
  private final DatabaseUrl url;

  private BlockingSql(PostgresqlConnection connection, DatabaseUrl url) {
    this.connection = connection;
    this.url = url;
  }

  /** Connects, or fails with an {@link SqlException} that names the server. */
  public static BlockingSql connect(DatabaseUrl url) {
    try {
      return new BlockingSql(url.connectionFactory().create().block(Duration.ofSeconds(30)), url);
    } catch (RuntimeException e) {
      throw new SqlException("cannot connect to " + url + ": " + rootMessage(e), "08006", e);
    }
  }

  public DatabaseUrl url() {
    return url;
  }

  /** Runs {@code sql}, ignoring any rows. */
  public void execute(String sql) {
    query(sql);
  }

  /** Runs {@code sql} and returns every row's columns as text (null for SQL NULL). */
  public List<List<String>> query(String sql) {
    try {
      List<List<String>> rows =
          connection
              .createStatement(sql)
              .execute()
              .concatMap(
                  result ->
                      result.map((row, meta) -> columns(row, meta.getColumnMetadatas().size())))
              .collectList()
              .block(TIMEOUT);
      return rows == null ? List.of() : rows;
    } catch (RuntimeException e) {
      Throwable cause = unwrap(e);
      if (cause instanceof PostgresqlException pg) {
        throw new SqlException(
            pg.getErrorDetails().getMessage(), pg.getErrorDetails().getCode(), cause);
      }
      throw new SqlException(rootMessage(e), "", e);
    }
  }

  /** The first column of the first row, or null when there is no row. */
  public String queryValue(String sql) {
    List<List<String>> rows = query(sql);
    return rows.isEmpty() ? null : rows.get(0).get(0);
  }

  /** {@code name} as a quoted SQL identifier. */
  public static String identifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** {@code value} as a quoted SQL string literal (standard_conforming_strings, the default). */
  public static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  @Override
  public void close() {
    try {
      Mono.from(connection.close()).block(Duration.ofSeconds(10));
    } catch (RuntimeException e) {
      // The connection is gone either way.
    }
  }

  private static List<String> columns(Row row, int count) {
    List<String> columns = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      columns.add(row.get(i, String.class));
    }
    return columns;
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && !(t instanceof PostgresqlException)) {
      t = t.getCause();
    }
    return t;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** A statement failed; carries PostgreSQL's SQLSTATE when there was one. */
  public static final class SqlException extends RuntimeException {
    private final String sqlstate;

    public SqlException(String message, String sqlstate, Throwable cause) {
      super(message, cause);
      this.sqlstate = sqlstate;
    }

    public String sqlstate() {
      return sqlstate;
    }
  }
}
