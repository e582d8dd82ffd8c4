package io.scry.worker.replay;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.postgresql.api.PostgresqlStatement;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.ValidationDepth;
import io.scry.protocol.v1.ProtocolKind;
import io.scry.protocol.v1.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs one captured statement on a connection with the captured protocol and returns its {@link
 * StatementOutcome}; the returned future never fails.
 *
 * <p>r2dbc-postgresql picks the protocol from the statement: SQL without {@code $n} placeholders
 * and without a fetch size goes through the simple Query message, SQL with placeholders and bound
 * values through Parse/Bind/Execute. An extended statement without parameters gets a fetch size
 * (larger than any result) so that it too is sent with the extended protocol.
 */
final class StatementRunner {

  private static final int FETCH_ALL_EXTENDED = Integer.MAX_VALUE;

  /** SQLSTATE class 08: the driver reports a closed or broken connection with it. */
  private static final String CONNECTION_EXCEPTION_CLASS = "08";

  /** Absent: wait for the database as long as it takes. */
  private final Duration noAnswerTimeout;

  /**
   * @param noAnswerTimeout how long a statement may go without completing before its connection
   *     counts as lost; {@code null} = forever
   */
  StatementRunner(Duration noAnswerTimeout) {
    this.noAnswerTimeout = noAnswerTimeout;
  }

  CompletableFuture<StatementOutcome> run(PostgresqlConnection connection, Statement statement) {
    ResultAccumulator accumulator = new ResultAccumulator();
    Flux<PostgresqlResult> results;
    try {
      results = prepare(connection, statement).execute();
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(
          StatementOutcome.notReplayed(ToolErrors.NOT_SENDABLE, String.valueOf(e.getMessage())));
    }
    long started = System.nanoTime();
    Mono<Void> execution =
        results.concatMap(result -> result.filter(accumulator::fold).getRowsUpdated()).then();
    if (noAnswerTimeout != null) {
      execution = execution.timeout(noAnswerTimeout);
    }
    return execution
        .toFuture()
        .handle(
            (ignored, error) -> {
              long micros = (System.nanoTime() - started) / 1_000;
              return error == null
                  ? CompletableFuture.completedFuture(accumulator.outcome(micros))
                  : failure(ReplayException.unwrap(error), accumulator, micros, connection);
            })
        .thenCompose(Function.identity());
  }

  private static PostgresqlStatement prepare(PostgresqlConnection connection, Statement statement) {
    PostgresqlStatement prepared = connection.createStatement(statement.getSql());
    if (statement.getProtocol() == ProtocolKind.PROTOCOL_EXTENDED) {
      if (statement.getParametersCount() == 0) {
        prepared.fetchSize(FETCH_ALL_EXTENDED);
      }
      for (int i = 0; i < statement.getParametersCount(); i++) {
        prepared.bind(i, new CapturedParameter(statement.getParameters(i)));
      }
    }
    return prepared;
  }

  private CompletableFuture<StatementOutcome> failure(
      Throwable error,
      ResultAccumulator accumulator,
      long micros,
      PostgresqlConnection connection) {
    if (error instanceof TimeoutException) {
      return CompletableFuture.completedFuture(
          lost("no answer within " + noAnswerTimeout.toMillis() + " ms"));
    }
    if (error instanceof R2dbcException r2dbc
        && r2dbc.getSqlState() != null
        && r2dbc.getSqlState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
      return CompletableFuture.completedFuture(lost(r2dbc.getMessage()));
    }
    if (error instanceof R2dbcException r2dbc && r2dbc.getSqlState() != null) {
      accumulator.recordError(r2dbc);
      return CompletableFuture.completedFuture(accumulator.outcome(micros));
    }
    String message = error.getClass().getSimpleName() + ": " + error.getMessage();
    return connection
        .validate(ValidationDepth.LOCAL)
        .onErrorReturn(false)
        .defaultIfEmpty(false)
        .map(
            valid ->
                valid
                    ? StatementOutcome.notReplayed(ToolErrors.NOT_SENDABLE, message)
                    : lost(message))
        .toFuture();
  }

  private static StatementOutcome lost(String message) {
    return new StatementOutcome(
        -1, 0, 0, ToolErrors.CONNECTION_LOST, "connection lost: " + message, true);
  }
}
