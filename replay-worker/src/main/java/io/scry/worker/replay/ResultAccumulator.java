package io.scry.worker.replay;

import io.r2dbc.postgresql.api.PostgresqlException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.scry.protocol.result.Hashing;
import io.scry.worker.replay.ColumnHashCodec.ColumnHash;
import java.util.Set;

/**
 * Folds the result segments of one statement, as they stream by, into rows, the first error and the
 * row digest. No row is kept.
 *
 * <p>Row digest: each column value is hashed from its raw wire bytes ({@link Hashing#hash}); a
 * row's hash chains its column hashes in column order, a NULL column contributing a fixed marker
 * (so {@code (NULL, 'a')} and {@code ('a', NULL)} differ, as do values moved across column
 * boundaries); the statement's row digest is the SUM of its row hashes modulo 2^64, which does not
 * depend on the order rows arrive in and counts duplicate rows.
 */
final class ResultAccumulator {

  private static final long NULL_MARKER = 0x6E756C6C_6E756C6CL;
  private static final long ROW_SEED = 0x0DD_5EEDL;
  private static final Set<String> ERROR_SEVERITIES = Set.of("ERROR", "FATAL", "PANIC");
  private static final Set<String> SESSION_ENDING_SEVERITIES = Set.of("FATAL", "PANIC");

  private long rowDigest;
  private long rowCount;
  private long updateCount;
  private boolean sawUpdateCount;
  private String sqlstate = "";
  private String message = "";
  private boolean sessionEnded;

  /**
   * Folds one segment in. Always false, as a {@code Result.filter} predicate that lets no segment
   * through: the driver releases each segment right after, and no per-row publisher is subscribed
   * to (a {@code flatMap} over the segments costs a subscription a row).
   */
  boolean fold(Result.Segment segment) {
    if (segment instanceof Result.RowSegment rows) {
      rowDigest += rowHash(rows.row());
      rowCount++;
    } else if (segment instanceof Result.UpdateCount count) {
      updateCount += count.value();
      sawUpdateCount = true;
    } else if (segment instanceof Result.Message notice && isError(notice.exception())) {
      recordError(notice.exception());
    }
    return false;
  }

  /**
   * Records a server error, whether it came as a segment or was raised as an exception (the
   * extended protocol raises). A FATAL error means the server is closing the connection.
   */
  void recordError(R2dbcException error) {
    if (sqlstate.isEmpty()) {
      sqlstate = error.getSqlState() == null ? "XX000" : error.getSqlState();
      message = error.getMessage() == null ? "" : error.getMessage();
    }
    sessionEnded |= SESSION_ENDING_SEVERITIES.contains(severity(error));
  }

  StatementOutcome outcome(long latencyMicros) {
    long rows = rowCount > 0 || !sawUpdateCount ? rowCount : updateCount;
    return new StatementOutcome(latencyMicros, rows, rowDigest, sqlstate, message, sessionEnded);
  }

  static long rowHash(Row row) {
    int columns = row.getMetadata().getColumnMetadatas().size();
    long h = ROW_SEED;
    for (int i = 0; i < columns; i++) {
      ColumnHash column = row.get(i, ColumnHash.class);
      h = Hashing.mix(h ^ (column == null ? NULL_MARKER : column.value())) + ROW_SEED;
    }
    return Hashing.mix(h ^ columns);
  }

  /** Notices and warnings arrive as messages too; only ERROR, FATAL and PANIC are errors. */
  private static boolean isError(R2dbcException exception) {
    String severity = severity(exception);
    return severity == null || ERROR_SEVERITIES.contains(severity);
  }

  private static String severity(R2dbcException exception) {
    if (exception instanceof PostgresqlException postgres) {
      String severity = postgres.getErrorDetails().getSeverityNonLocalized();
      return severity != null ? severity : postgres.getErrorDetails().getSeverityLocalized();
    }
    return null;
  }
}
