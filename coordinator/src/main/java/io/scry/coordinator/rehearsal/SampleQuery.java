package io.scry.coordinator.rehearsal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one statement a sample runs, and the reading of its answer.
 *
 * <p>One statement, so a sample is one round trip and one planning of a prepared statement: the
 * backends of the monitored database ({@code $1} is its oid) except the monitor itself, their
 * granted relation locks on user relations, every lock they wait for, and {@code
 * pg_blocking_pids()} only for the backends waiting on a lock (it takes every lock-manager
 * partition lock, so it is not called for the others). Rows come back as JSON arrays in two text
 * columns, which costs far less than a round trip per view. {@code pg_locks} covers the whole
 * cluster, hence the filters on the database and on the backends of this database.
 */
final class SampleQuery {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String SQL =
      """
      WITH act AS (
        SELECT pid, application_name, client_port, backend_start, xact_start, query_start,
               state, wait_event_type, wait_event, query
        FROM pg_stat_activity
        WHERE datid = $1::oid AND pid <> pg_backend_pid() AND backend_type = 'client backend'
      ), lck AS (
        SELECT l.pid, l.locktype, l.relation, l.mode, l.granted
        FROM pg_locks l
        WHERE l.pid IN (SELECT pid FROM act) AND l.mode <> 'SIReadLock'
          AND (NOT l.granted
               OR (l.locktype = 'relation' AND l.database = $1::oid AND l.relation >= 16384))
      )
      SELECT (extract(epoch FROM clock_timestamp()) * 1000000)::int8,
             pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::int8,
             coalesce((SELECT json_agg(json_build_array(
                 pid, application_name, coalesce(client_port, -1),
                 (extract(epoch FROM backend_start) * 1000000)::int8,
                 (extract(epoch FROM xact_start) * 1000000)::int8,
                 (extract(epoch FROM query_start) * 1000000)::int8,
                 state, wait_event_type, wait_event, query,
                 CASE WHEN wait_event_type = 'Lock' THEN pg_blocking_pids(pid) END))
               FROM act), '[]')::text,
             coalesce((SELECT json_agg(json_build_array(
                 k.pid, k.locktype, k.relation, k.relation::regclass::text, k.mode, k.granted))
               FROM lck k
               LEFT JOIN pg_class c ON c.oid = k.relation
               LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE NOT k.granted
                  OR (n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema')),
               '[]')::text
      """;

  private SampleQuery() {}

  static List<Sample.Activity> activity(String json) {
    return rows(json, SampleQuery::activityRow);
  }

  static List<Sample.Lock> locks(String json) {
    return rows(json, SampleQuery::lockRow);
  }

  private static Sample.Activity activityRow(JsonNode row) {
    return new Sample.Activity(
        row.get(0).asInt(),
        text(row.get(1)),
        row.get(2).asInt(),
        row.get(3).asLong(),
        number(row.get(4)),
        number(row.get(5)),
        text(row.get(6)),
        text(row.get(7)),
        text(row.get(8)),
        text(row.get(9)),
        pids(row.get(10)));
  }

  private static Sample.Lock lockRow(JsonNode row) {
    return new Sample.Lock(
        row.get(0).asInt(),
        text(row.get(1)),
        number(row.get(2)),
        text(row.get(3)),
        text(row.get(4)),
        row.get(5).asBoolean());
  }

  /** Each element of the JSON array {@code json}, read by {@code row}. */
  private static <T> List<T> rows(String json, Function<JsonNode, T> row) {
    List<T> rows = new ArrayList<>();
    parse(json).forEach(element -> rows.add(row.apply(element)));
    return rows;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable sample: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Long number(JsonNode node) {
    return node == null || node.isNull() ? null : node.asLong();
  }

  private static List<Integer> pids(JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    List<Integer> pids = new ArrayList<>();
    node.forEach(pid -> pids.add(pid.asInt()));
    pids.sort(null);
    return pids;
  }
}
