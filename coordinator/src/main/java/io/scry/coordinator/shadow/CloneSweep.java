package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;
import io.scry.coordinator.migration.DatabaseCloner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops the clones that gates which crashed left on the shadow's server: databases named as {@link
 * DatabaseCloner} names clones ({@code scry_<hex>_<phase>}; never a checkpoint, {@code
 * scry_ckpt_…}), that no live gate claims, that no session is connected to, and older than a limit.
 * A clone's name carries no time, so its age is that of its directory's {@code PG_VERSION} file,
 * written when the database was created ({@code pg_stat_file}: superuser or {@code
 * pg_read_server_files}); a clone whose age cannot be read (another tablespace) is kept.
 */
public final class CloneSweep {
  private CloneSweep() {}

  /**
   * @param dropped the databases dropped
   * @param kept the clones kept, each with the reason
   */
  public record Result(List<String> dropped, Map<String, String> kept) {}

  public static Result run(Endpoint server, Duration olderThan) {
    Map<String, String> kept = new LinkedHashMap<>();
    Map<String, String> eligible = new LinkedHashMap<>();
    try (BlockingSql admin = server.connect("postgres")) {
      for (List<String> clone : clones(admin, server)) {
        String database = clone.get(0);
        if (clone.get(1) == null) {
          kept.put(database, "its age cannot be read");
        } else if (Long.parseLong(clone.get(2)) > 0) {
          kept.put(database, clone.get(2) + " session(s) connected");
        } else if (Long.parseLong(clone.get(1)) < olderThan.toSeconds()) {
          kept.put(database, "younger than " + olderThan.toMinutes() + " min");
        } else {
          eligible.put(database, clone.get(1));
        }
      }
    }
    List<String> dropped = new ArrayList<>();
    if (!eligible.isEmpty()) {
      try (DatabaseCloner cloner = ShadowServer.cloner(server, Duration.ZERO)) {
        dropped.addAll(cloner.sweepAbandoned(eligible::containsKey));
      }
    }
    eligible.keySet().stream()
        .filter(d -> !dropped.contains(d))
        .forEach(d -> kept.put(d, "a running gate claims it"));
    return new Result(dropped, kept);
  }

  /** Each clone's name, age in seconds (null when unknown) and number of sessions. */
  private static List<List<String>> clones(BlockingSql admin, Endpoint server) {
    try {
      return admin.query(
          "SELECT d.datname, extract(epoch FROM now() - (pg_stat_file('base/' || d.oid"
              + " || '/PG_VERSION', true)).modification)::bigint::text,"
              + " (SELECT count(*) FROM pg_stat_activity a WHERE a.datid = d.oid)::text"
              + " FROM pg_database d WHERE d.datname ~ '^scry_[0-9a-f]+_[a-z]' ORDER BY 1");
    } catch (BlockingSql.SqlException e) {
      if ("42501".equals(e.sqlstate())) {
        throw new ShadowException(
            "user "
                + server.url().user()
                + " may not read the clones' ages on "
                + server.described()
                + ": "
                + e.getMessage(),
            "run GRANT pg_read_server_files TO "
                + BlockingSql.identifier(server.url().user())
                + "; on that server, or sweep as a superuser",
            "",
            e);
      }
      throw e;
    }
  }
}
