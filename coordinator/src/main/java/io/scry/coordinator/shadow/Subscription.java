package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;
import java.time.Duration;

/**
 * The shadow's subscription to its source's publication, on a session of the shadow database. The
 * subscription has its own replication slot on the source, of the same name.
 */
final class Subscription {
  private static final Duration WORKER_EXIT = Duration.ofSeconds(30);

  private final BlockingSql shadow;
  private final ShadowName name;

  Subscription(BlockingSql shadow, ShadowName name) {
    this.shadow = shadow;
    this.name = name;
  }

  /**
   * Creates it on the {@link ReplicationSlot} made on the source beforehand, and starts the initial
   * copy of every table; the shadow server connects to the source itself.
   */
  void create(String conninfo, Endpoint source) {
    try {
      shadow.execute(
          "CREATE SUBSCRIPTION "
              + name.subscription()
              + " CONNECTION "
              + BlockingSql.literal(conninfo)
              + " PUBLICATION "
              + name.publication()
              + " WITH (copy_data = true, create_slot = false, slot_name = "
              + BlockingSql.literal(name.slot())
              + ")");
    } catch (BlockingSql.SqlException e) {
      throw new ShadowException(
          "the shadow server cannot subscribe to " + source.described() + ": " + e.getMessage(),
          "the shadow server connects to the source itself, with the host, port, user and password"
              + " of "
              + source.origin()
              + ": make the source reachable and the password known from there",
          "",
          e);
    }
  }

  boolean exists() {
    return shadow.queryValue(
            "SELECT 1 FROM pg_subscription WHERE subname = "
                + BlockingSql.literal(name.subscription()))
        != null;
  }

  boolean enabled() {
    return "true"
        .equals(
            shadow.queryValue(
                "SELECT subenabled::text FROM pg_subscription WHERE subname = "
                    + BlockingSql.literal(name.subscription())));
  }

  /** The name of its replication origin, whose {@code remote_lsn} is the last commit applied. */
  String origin() {
    return "pg_"
        + shadow.queryValue(
            "SELECT oid::text FROM pg_subscription WHERE subname = "
                + BlockingSql.literal(name.subscription()));
  }

  /** The source LSN of the last transaction it applied, or null before the first. */
  String appliedLsn() {
    return shadow.queryValue(
        "SELECT remote_lsn::text FROM pg_replication_origin_status WHERE external_id = "
            + BlockingSql.literal(origin()));
  }

  /** Stops applying and waits until its workers have left the database. */
  void disable() {
    shadow.execute("ALTER SUBSCRIPTION " + name.subscription() + " DISABLE");
    long deadline = System.nanoTime() + WORKER_EXIT.toNanos();
    while (workers() > 0) {
      if (System.nanoTime() > deadline) {
        throw new ShadowException(
            "the subscription " + name.subscription() + " did not stop within " + WORKER_EXIT,
            "look at the shadow server's log, then run the command again");
      }
      Pause.briefly();
    }
  }

  void enable() {
    shadow.execute("ALTER SUBSCRIPTION " + name.subscription() + " ENABLE");
  }

  /**
   * Drops it with its slot on the source.
   *
   * @return true if the slot was dropped too; false if the source could not be reached, in which
   *     case the subscription is dropped without it and the slot remains on the source
   */
  boolean drop() {
    try {
      shadow.execute("DROP SUBSCRIPTION IF EXISTS " + name.subscription());
      return true;
    } catch (BlockingSql.SqlException e) {
      if (!exists()) {
        throw e;
      }
      // The source is out of reach: detach the slot so that the subscription can go.
      disable();
      shadow.execute("ALTER SUBSCRIPTION " + name.subscription() + " SET (slot_name = NONE)");
      shadow.execute("DROP SUBSCRIPTION " + name.subscription());
      return false;
    }
  }

  private long workers() {
    return Long.parseLong(
        shadow.queryValue(
            "SELECT count(*) FROM pg_stat_subscription WHERE pid IS NOT NULL AND subname = "
                + BlockingSql.literal(name.subscription())));
  }
}
