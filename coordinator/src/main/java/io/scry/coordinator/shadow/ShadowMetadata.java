package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What Scry knows about the shadows of a database, kept in that database itself (schema {@code
 * scry_shadow}), so that it travels with it: table {@code shadow} (name, source URL without
 * password, publication, slot, subscription, tables) and table {@code checkpoint}. A checkpoint's
 * database is a copy of the shadow database and so carries the metadata as it was when it was
 * taken; only the shadow database's is read.
 */
final class ShadowMetadata {
  private ShadowMetadata() {}

  static void create(BlockingSql shadow) {
    shadow.execute(
        "CREATE SCHEMA IF NOT EXISTS scry_shadow;"
            + " CREATE TABLE IF NOT EXISTS scry_shadow.shadow (name text PRIMARY KEY,"
            + " source_url text NOT NULL, publication text NOT NULL, slot text NOT NULL,"
            + " subscription text NOT NULL, tables text[] NOT NULL,"
            + " created_at timestamptz NOT NULL DEFAULT now());"
            + " CREATE TABLE IF NOT EXISTS scry_shadow.checkpoint (name text PRIMARY KEY,"
            + " shadow text NOT NULL REFERENCES scry_shadow.shadow (name) ON DELETE CASCADE,"
            + " database text NOT NULL UNIQUE, source_lsn pg_lsn NOT NULL,"
            + " source_time timestamptz NOT NULL, source_time_upper timestamptz NOT NULL,"
            + " created_at timestamptz NOT NULL DEFAULT now())");
  }

  /**
   * Records a new shadow.
   *
   * @param sourceUrl the source's URL without its password
   */
  static void insert(BlockingSql shadow, ShadowName name, String sourceUrl, List<String> tables) {
    shadow.execute(
        "INSERT INTO scry_shadow.shadow"
            + " (name, source_url, publication, slot, subscription, tables)"
            + values(
                BlockingSql.literal(name.value()),
                BlockingSql.literal(sourceUrl),
                BlockingSql.literal(name.publication()),
                BlockingSql.literal(name.slot()),
                BlockingSql.literal(name.subscription()),
                TableList.array(tables)));
  }

  /**
   * The shadow of that name, or the only one when no name is given.
   *
   * @throws ShadowException when there is none, or several and no name
   */
  static ShadowRecord find(BlockingSql shadow, Endpoint endpoint, Optional<ShadowName> name) {
    List<ShadowRecord> records = exists(shadow) ? all(shadow) : List.of();
    List<ShadowRecord> matching =
        records.stream().filter(r -> name.isEmpty() || r.name().equals(name.get())).toList();
    if (matching.size() == 1) {
      return matching.get(0);
    }
    String database = "the database " + endpoint.url().database() + " of " + endpoint.described();
    String names = records.stream().map(r -> r.name().value()).collect(Collectors.joining(", "));
    if (matching.isEmpty()) {
      throw new ShadowException(
          (name.map(n -> "no shadow named " + n).orElse("no shadow"))
              + " in "
              + database
              + (records.isEmpty() ? "" : " (it has " + names + ")"),
          "run shadow init first, or correct --shadow and --name");
    }
    throw new ShadowException(
        database + " holds several shadows: " + names, "choose one with --name");
  }

  static void delete(BlockingSql shadow, ShadowName name) {
    if (exists(shadow)) {
      shadow.execute(
          "DELETE FROM scry_shadow.shadow WHERE name = " + BlockingSql.literal(name.value()));
      if (shadow.queryValue("SELECT 1 FROM scry_shadow.shadow LIMIT 1") == null) {
        shadow.execute("DROP SCHEMA scry_shadow CASCADE");
      }
    }
  }

  static void insertCheckpoint(BlockingSql shadow, ShadowCheckpoint checkpoint) {
    shadow.execute(
        "INSERT INTO scry_shadow.checkpoint"
            + " (name, shadow, database, source_lsn, source_time, source_time_upper)"
            + values(
                BlockingSql.literal(checkpoint.name()),
                BlockingSql.literal(checkpoint.shadow()),
                BlockingSql.literal(checkpoint.database()),
                BlockingSql.literal(checkpoint.sourceLsn()),
                BlockingSql.literal(checkpoint.sourceTime().toString()),
                BlockingSql.literal(checkpoint.sourceTimeUpper().toString())));
  }

  /** The checkpoints, oldest first; those of one shadow when {@code shadowName} is given. */
  static List<ShadowCheckpoint> checkpoints(BlockingSql shadow, Optional<ShadowName> shadowName) {
    if (!exists(shadow)) {
      return List.of();
    }
    return shadow
        .query(
            "SELECT name, shadow, database, source_lsn::text, "
                + SqlTime.utc("source_time")
                + ", "
                + SqlTime.utc("source_time_upper")
                + ", "
                + SqlTime.utc("created_at")
                + " FROM scry_shadow.checkpoint"
                + shadowName
                    .map(n -> " WHERE shadow = " + BlockingSql.literal(n.value()))
                    .orElse("")
                + " ORDER BY created_at, name")
        .stream()
        .map(
            row ->
                new ShadowCheckpoint(
                    row.get(0),
                    row.get(1),
                    row.get(2),
                    row.get(3),
                    Instant.parse(row.get(4)),
                    Instant.parse(row.get(5)),
                    Instant.parse(row.get(6))))
        .toList();
  }

  static void deleteCheckpoint(BlockingSql shadow, String name) {
    shadow.execute("DELETE FROM scry_shadow.checkpoint WHERE name = " + BlockingSql.literal(name));
  }

  /** The {@code VALUES} clause of a one-row INSERT of the given SQL expressions. */
  private static String values(String... sqlValues) {
    return " VALUES (" + String.join(", ", sqlValues) + ")";
  }

  private static boolean exists(BlockingSql shadow) {
    return shadow.queryValue("SELECT to_regclass('scry_shadow.shadow')::text") != null;
  }

  private static List<ShadowRecord> all(BlockingSql shadow) {
    return shadow
        .query(
            "SELECT name, source_url, array_to_string(tables, E'\\n'), "
                + SqlTime.utc("created_at")
                + " FROM scry_shadow.shadow ORDER BY name")
        .stream()
        .map(
            row ->
                new ShadowRecord(
                    new ShadowName(row.get(0)),
                    row.get(1),
                    row.get(2).isEmpty() ? List.of() : Arrays.asList(row.get(2).split("\n")),
                    Instant.parse(row.get(3))))
        .toList();
  }
}
