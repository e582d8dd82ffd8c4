package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;

/**
 * What the source must allow before a shadow can subscribe to it, each refusal told with the
 * setting or grant that fixes it: logical WAL, a role that may replicate, a free replication slot
 * and WAL sender, and no publication or slot of the shadow's name already there.
 */
final class SourcePrerequisites {
  private SourcePrerequisites() {}

  static void check(BlockingSql source, Endpoint endpoint, ShadowName name) {
    String walLevel = source.queryValue("SELECT current_setting('wal_level')");
    if (!"logical".equals(walLevel)) {
      throw new ShadowException(
          "wal_level is "
              + walLevel
              + " on "
              + endpoint.described()
              + ", and logical replication needs wal_level = logical",
          "run ALTER SYSTEM SET wal_level = logical; on the source and restart it");
    }
    List<String> role =
        source
            .query(
                "SELECT rolreplication::text, rolsuper::text FROM pg_roles"
                    + " WHERE rolname = current_user")
            .get(0);
    if (!"true".equals(role.get(0)) && !"true".equals(role.get(1))) {
      String user = endpoint.url().user();
      throw new ShadowException(
          "user "
              + user
              + " may not replicate from "
              + endpoint.described()
              + ": it has neither REPLICATION nor superuser",
          "run ALTER ROLE " + BlockingSql.identifier(user) + " REPLICATION; on the source");
    }
    requireFree(
        source,
        endpoint,
        "max_replication_slots",
        "SELECT count(*) FROM pg_replication_slots",
        "replication slots");
    requireFree(
        source,
        endpoint,
        "max_wal_senders",
        "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'walsender'",
        "WAL senders");
    String taken =
        source.queryValue(
            "SELECT string_agg(what, ' and ') FROM ("
                + " SELECT 'a publication' AS what FROM pg_publication WHERE pubname = "
                + BlockingSql.literal(name.publication())
                + " UNION ALL SELECT 'a replication slot' FROM pg_replication_slots"
                + " WHERE slot_name = "
                + BlockingSql.literal(name.slot())
                + ") t");
    if (taken != null) {
      throw new ShadowException(
          "the source already has "
              + taken
              + " named "
              + name.publication()
              + " on "
              + endpoint.described()
              + ": another shadow of the name "
              + name
              + ", or one whose drop did not finish",
          "choose another --name, or remove them with " + SourceLeftovers.cleanupSql(name));
    }
  }

  private static void requireFree(
      BlockingSql source, Endpoint endpoint, String setting, String usedSql, String what) {
    long max = Long.parseLong(source.queryValue("SELECT current_setting('" + setting + "')"));
    long used = Long.parseLong(source.queryValue(usedSql));
    if (used >= max) {
      throw new ShadowException(
          "all "
              + max
              + " "
              + what
              + " of "
              + endpoint.described()
              + " are in use ("
              + setting
              + " = "
              + max
              + "), and a shadow needs one",
          "raise "
              + setting
              + " on the source (ALTER SYSTEM SET "
              + setting
              + " = "
              + (max + 2)
              + "; then a restart), or drop a slot nobody uses");
    }
  }
}
