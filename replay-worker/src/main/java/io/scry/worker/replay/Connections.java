package io.scry.worker.replay;

import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.scry.protocol.v1.SessionStart;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Opens one replay connection per captured session, to the target, with the replay codecs and the
 * captured session's application_name and TimeZone (UTC when the capture has none, so that every
 * worker renders timestamps alike and result digests stay comparable), the replay's
 * statement_timeout and lock_timeout, and the replay role if one is set.
 */
final class Connections {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final String DEFAULT_APPLICATION_NAME = "scry-replay";

  private final TargetUrl target;
  private final String role;
  private final Duration statementTimeout;
  private final Duration lockTimeout;
  private final ConcurrentMap<List<String>, PostgresqlConnectionFactory> factories =
      new ConcurrentHashMap<>();
  private final Set<PostgresqlConnection> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /**
   * @param role the role every connection acts as, null for the URL's user
   */
  Connections(TargetUrl target, String role, Duration statementTimeout, Duration lockTimeout) {
    this.target = target;
    this.role = role;
    this.statementTimeout = statementTimeout;
    this.lockTimeout = lockTimeout;
  }

  /**
   * Opens a connection; fails with a {@link ReplayException} naming the target, or with a {@link
   * CancellationException} after {@link #closeAll}.
   */
  CompletableFuture<PostgresqlConnection> open(SessionStart start) {
    String applicationName =
        start.getApplicationName().isEmpty()
            ? DEFAULT_APPLICATION_NAME
            : start.getApplicationName();
    String timeZone = start.getStartupParametersOrDefault("TimeZone", "UTC");
    return factories
        .computeIfAbsent(List.of(applicationName, timeZone), key -> factory(key.get(0), key.get(1)))
        .create()
        .toFuture()
        .handle(
            (connection, error) -> {
              if (error != null) {
                throw new ReplayException(
                    "cannot connect to target "
                        + target.redacted()
                        + (role == null ? "" : " as role " + role)
                        + ": "
                        + error.getMessage(),
                    error);
              }
              open.add(connection);
              if (closed) {
                close(connection);
                throw new CancellationException("the replay has ended");
              }
              return connection;
            });
  }

  /** Closes a connection without waiting. */
  void close(PostgresqlConnection connection) {
    if (open.remove(connection)) {
      connection.close().subscribe(ignored -> {}, ignored -> {});
    }
  }

  /** Closes every open connection and refuses new ones: the replay is over. */
  void closeAll() {
    closed = true;
    open.forEach(this::close);
  }

  private PostgresqlConnectionFactory factory(String applicationName, String timeZone) {
    PostgresqlConnectionConfiguration.Builder config =
        target
            .connectionConfiguration(applicationName)
            .timeZone(timeZone)
            .codecRegistrar(ReplayCodecs.INSTANCE);
    if (role != null) {
      // A startup parameter, not a SET ROLE after connecting: the server checks membership before
      // the session starts (FATAL 42501 otherwise), and it becomes the session's default, so a
      // replayed RESET ROLE or RESET ALL cannot return to the URL's user.
      config.options(Map.of("role", role));
    }
    if (!statementTimeout.isZero()) {
      config.statementTimeout(statementTimeout);
    }
    if (!lockTimeout.isZero()) {
      config.lockWaitTimeout(lockTimeout);
    }
    return new PostgresqlConnectionFactory(config.build());
  }
}
