package io.scry.coordinator.shadow;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.explain.BlockingSql;
import io.scry.coordinator.migration.DatabaseCloner;
import io.scry.coordinator.migration.MigrationCheckException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checkpoints of a shadow: frozen, consistent copies that gates clone instead of the live
 * subscriber, which changes under them.
 *
 * <p>Taking one: read the source's current LSN and time; wait until the shadow has confirmed
 * everything up to that LSN; copy the sequence values; disable the subscription (apply stops at a
 * transaction boundary) and read the last source LSN applied; {@code CREATE DATABASE scry_ckpt_NAME
 * TEMPLATE} the shadow database; enable the subscription again; record the checkpoint. See {@link
 * ShadowCheckpoint} for what its LSN and times promise.
 *
 * <pre>{@code
 * ShadowCheckpoint checkpoint = ShadowCheckpoints.find(shadowUrl, "before_release")
 *     .orElseThrow();
 * cloner.cloneDatabase(checkpoint.database(), "scry_1a2b_baseline");
 * }</pre>
 */
public final class ShadowCheckpoints {
  /** How long the clone waits for other sessions to leave the shadow database. */
  private static final Duration WAIT_FOR_SESSIONS = Duration.ofSeconds(30);

  private static final DateTimeFormatter DEFAULT_NAME =
      DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);

  private ShadowCheckpoints() {}

  /** The name of a checkpoint taken now without one: the UTC time, {@code 20261207_091500}. */
  public static String defaultName() {
    return DEFAULT_NAME.format(Instant.now());
  }

  /** The checkpoint of that name on the shadow database of {@code shadow}, if there is one. */
  public static Optional<ShadowCheckpoint> find(DatabaseUrl shadow, String name) {
    return find(Endpoint.shadow(shadow, "--shadow"), name);
  }

  public static Optional<ShadowCheckpoint> find(Endpoint shadow, String name) {
    return list(shadow, Optional.empty()).stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The checkpoints, oldest first; those of one shadow when {@code name} is given. */
  public static List<ShadowCheckpoint> list(Endpoint shadow, Optional<ShadowName> name) {
    try (BlockingSql db = shadow.connect()) {
      return ShadowMetadata.checkpoints(db, name);
    }
  }

  /**
   * Takes a checkpoint.
   *
   * @param catchUp how long to wait for the shadow to catch up with the source
   */
  public static ShadowCheckpoint create(
      Endpoint shadowEndpoint,
      Optional<ShadowName> name,
      Optional<Endpoint> sourceOverride,
      String checkpointName,
      Duration catchUp,
      Consumer<String> out) {
    ShadowCheckpoint.requireValidName(checkpointName);
    String database = ShadowCheckpoint.databaseOf(checkpointName);
    String shadowDatabase = shadowEndpoint.url().database();
    // One checkpoint of a shadow at a time: another's ENABLE would reconnect the apply worker
    // while this one copies the database.
    try (BlockingSql lock = shadowEndpoint.connect("postgres")) {
      lock.execute(
          "SELECT pg_advisory_lock(hashtext("
              + BlockingSql.literal("scry_shadow_checkpoint:" + shadowDatabase)
              + "))");
      RecordedShadow recorded;
      try (BlockingSql shadow = shadowEndpoint.connect()) {
        recorded = RecordedShadow.find(shadow, shadowEndpoint, name, sourceOverride);
        requireNew(shadow, lock, shadowEndpoint, checkpointName, database);
      }
      Cut cut;
      try {
        try (BlockingSql shadow = shadowEndpoint.connect();
            BlockingSql source = recorded.source().connect()) {
          cut = stopAtCurrent(source, shadow, recorded, catchUp, out);
        }
        clone(shadowEndpoint, shadowDatabase, database);
      } finally {
        // However the checkpoint ended, the shadow follows the source again.
        try (BlockingSql shadow = shadowEndpoint.connect()) {
          new Subscription(shadow, recorded.name()).enable();
        }
      }
      ShadowCheckpoint checkpoint =
          new ShadowCheckpoint(
              checkpointName,
              recorded.name().value(),
              database,
              cut.lsn(),
              cut.from(),
              cut.until(),
              Instant.now());
      try (BlockingSql shadow = shadowEndpoint.connect()) {
        ShadowMetadata.insertCheckpoint(shadow, checkpoint);
      }
      out.accept(
          "checkpoint "
              + checkpointName
              + ": database "
              + database
              + ", source LSN "
              + checkpoint.sourceLsn()
              + ", source time "
              + checkpoint.sourceTime()
              + " (nothing after "
              + checkpoint.sourceTimeUpper()
              + ")");
      return checkpoint;
    }
  }

  /** Drops a checkpoint's database and its record. */
  public static void drop(Endpoint shadowEndpoint, String checkpointName) {
    ShadowCheckpoint checkpoint =
        find(shadowEndpoint, checkpointName)
            .orElseThrow(
                () ->
                    new ShadowException(
                        "no checkpoint named "
                            + checkpointName
                            + " in the shadow database of "
                            + shadowEndpoint.described(),
                        "list them with shadow checkpoint --list"));
    try (DatabaseCloner cloner = ShadowServer.cloner(shadowEndpoint, Duration.ZERO)) {
      cloner.drop(checkpoint.database());
    }
    try (BlockingSql shadow = shadowEndpoint.connect()) {
      ShadowMetadata.deleteCheckpoint(shadow, checkpointName);
    }
  }

  /**
   * Where a checkpoint cut the source.
   *
   * @param lsn the source LSN the shadow holds
   * @param from the source time read before waiting: everything committed by then is in
   * @param until the source time read after stopping: nothing committed after then is in
   */
  private record Cut(String lsn, Instant from, Instant until) {}

  /** Lets the shadow apply the source up to its current LSN, then stops the subscription. */
  private static Cut stopAtCurrent(
      BlockingSql source,
      BlockingSql shadow,
      RecordedShadow recorded,
      Duration catchUp,
      Consumer<String> out) {
    Subscription subscription = new Subscription(shadow, recorded.name());
    if (!subscription.enabled()) {
      subscription.enable();
      out.accept(
          "checkpoint: the subscription was disabled (an earlier checkpoint stopped?);"
              + " enabled it again");
    }
    // The insert position covers every commit visible now, asynchronous ones too (the write
    // position may be behind them); a flushed message makes sure the WAL up to it gets sent.
    List<String> start =
        source.query("SELECT pg_current_wal_insert_lsn()::text, " + SqlTime.NOW).get(0);
    source.execute("SELECT pg_logical_emit_message(false, 'scry', 'checkpoint', true)");
    out.accept("checkpoint: waiting for the shadow to apply the source up to " + start.get(0));
    awaitConfirmed(source, recorded.name(), start.get(0), catchUp);
    SequenceValues.sync(source, shadow, recorded.record().tables());
    subscription.disable();
    // Apply stopped after some transaction at or past the start LSN; nothing past that one is in.
    String applied = subscription.appliedLsn();
    List<String> stopped =
        source
            .query(
                "SELECT greatest("
                    + BlockingSql.literal(start.get(0))
                    + "::pg_lsn, "
                    + (applied == null ? "NULL" : BlockingSql.literal(applied) + "::pg_lsn")
                    + ")::text, "
                    + SqlTime.NOW)
            .get(0);
    return new Cut(stopped.get(0), Instant.parse(start.get(1)), Instant.parse(stopped.get(1)));
  }

  private static void requireNew(
      BlockingSql shadow, BlockingSql server, Endpoint endpoint, String name, String database) {
    boolean recorded =
        ShadowMetadata.checkpoints(shadow, Optional.empty()).stream()
            .anyMatch(c -> c.name().equals(name));
    boolean exists =
        server.queryValue(
                "SELECT 1 FROM pg_database WHERE datname = " + BlockingSql.literal(database))
            != null;
    if (recorded || exists) {
      throw new ShadowException(
          "a checkpoint named "
              + name
              + " exists already on "
              + endpoint.described()
              + (recorded ? "" : " (database " + database + ")"),
          "choose another name, or drop it first with shadow checkpoint --drop " + name);
    }
  }

  private static void awaitConfirmed(
      BlockingSql source, ShadowName name, String lsn, Duration catchUp) {
    long deadline = System.nanoTime() + catchUp.toNanos();
    while (true) {
      List<String> slot =
          source
              .query(
                  "SELECT (confirmed_flush_lsn >= "
                      + BlockingSql.literal(lsn)
                      + "::pg_lsn)::text, pg_wal_lsn_diff("
                      + BlockingSql.literal(lsn)
                      + "::pg_lsn, confirmed_flush_lsn)::bigint::text"
                      + " FROM pg_replication_slots WHERE slot_name = "
                      + BlockingSql.literal(name.slot()))
              .stream()
              .findFirst()
              .orElseThrow(
                  () ->
                      new ShadowException(
                          "the source has no slot "
                              + name.slot()
                              + ", so the shadow is not current",
                          "run shadow reset"));
      if ("true".equals(slot.get(0))) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new ShadowException(
            "the shadow did not catch up with the source within "
                + catchUp.toSeconds()
                + " s ("
                + slot.get(1)
                + " bytes behind)",
            "look at shadow status, or allow it longer with --catch-up");
      }
      Pause.briefly();
    }
  }

  private static void clone(Endpoint shadowEndpoint, String shadowDatabase, String database) {
    try (DatabaseCloner cloner = ShadowServer.cloner(shadowEndpoint, WAIT_FOR_SESSIONS)) {
      cloner.cloneDatabase(shadowDatabase, database);
    } catch (MigrationCheckException e) {
      throw new ShadowException(
          e.getMessage() + " (" + shadowEndpoint.described() + ")",
          "close the other sessions on the shadow database (they are listed below); the user also"
              + " needs CREATEDB there",
          e.details(),
          e);
    }
  }
}
