package io.scry.coordinator.shadow;

/** Timestamps read from PostgreSQL as ISO instants, which {@link java.time.Instant} parses. */
final class SqlTime {
  /** The server's clock, now (not the start of the transaction). */
  static final String NOW = utc("clock_timestamp()");

  private SqlTime() {}

  /** {@code expression}, a timestamptz, as {@code 2026-12-07T09:15:00.123456Z}. */
  static String utc(String expression) {
    return "to_char(" + expression + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
  }
}
