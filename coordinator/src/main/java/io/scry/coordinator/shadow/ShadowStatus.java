package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a shadow is doing: each table's replication state, how far behind the source it is, and the
 * health of its slot on the source, with warnings for what needs a user: a slot that retains much
 * WAL or none that is active (a forgotten slot fills the source's disk), a disabled subscription.
 *
 * @param lagBytes source WAL not yet confirmed by the shadow; null when the source is out of reach
 * @param lagSeconds age of the last position the shadow reported, 0 when it is caught up; null when
 *     unknown
 * @param slot null when the source is out of reach or has no such slot
 */
public record ShadowStatus(
    ShadowRecord shadow,
    boolean enabled,
    boolean applying,
    List<TableState> tables,
    Long lagBytes,
    Double lagSeconds,
    Slot slot,
    List<String> warnings) {

  /** Retained WAL above which status warns: a gigabyte of the source's disk for one shadow. */
  public static final long LARGE_RETAINED_BYTES = 1L << 30;

  /**
   * @param state pg_subscription_rel's, in words: initializing, copying, copied, synchronized,
   *     streaming
   */
  public record TableState(String table, String state) {}

  /**
   * The shadow's replication slot on the source (pg_replication_slots).
   *
   * @param walStatus reserved, extended, unreserved or lost
   * @param safeWalBytes WAL that can still be written before the slot is lost; null when {@code
   *     max_slot_wal_keep_size} is unlimited
   * @param retainedBytes WAL the source keeps for it
   */
  public record Slot(
      String name, boolean active, String walStatus, Long safeWalBytes, long retainedBytes) {}

  public static ShadowStatus read(
      Endpoint shadowEndpoint, Optional<ShadowName> name, Optional<Endpoint> sourceOverride) {
    try (BlockingSql shadow = shadowEndpoint.connect()) {
      RecordedShadow recorded = RecordedShadow.find(shadow, shadowEndpoint, name, sourceOverride);
      ShadowName shadowName = recorded.name();
      String subscription = BlockingSql.literal(shadowName.subscription());
      List<String> warnings = new ArrayList<>();
      boolean enabled = new Subscription(shadow, shadowName).enabled();
      if (!enabled) {
        warnings.add(
            "the subscription "
                + shadowName.subscription()
                + " is disabled (or gone): the shadow does not follow the source; a checkpoint"
                + " enables it again, or run shadow reset");
      }
      boolean applying =
          shadow.queryValue(
                  "SELECT 1 FROM pg_stat_subscription WHERE relid IS NULL AND pid IS NOT NULL"
                      + " AND subname = "
                      + subscription)
              != null;
      List<TableState> tables =
          shadow
              .query(
                  "SELECT format('%I.%I', n.nspname, c.relname), r.srsubstate::text"
                      + " FROM pg_subscription_rel r JOIN pg_subscription s ON s.oid = r.srsubid"
                      + " JOIN pg_class c ON c.oid = r.srrelid"
                      + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE s.subname = "
                      + subscription
                      + " ORDER BY 1")
              .stream()
              .map(row -> new TableState(row.get(0), state(row.get(1).charAt(0))))
              .toList();
      String receivedAge =
          shadow.queryValue(
              "SELECT extract(epoch FROM clock_timestamp() - latest_end_time)::text"
                  + " FROM pg_stat_subscription WHERE relid IS NULL AND subname = "
                  + subscription);
      Long lagBytes = null;
      Slot slot = null;
      try (BlockingSql source = recorded.source().connect()) {
        List<List<String>> rows =
            source.query(
                "SELECT slot_name::text, active::text, wal_status,"
                    + " safe_wal_size::text,"
                    + " pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint::text,"
                    + " pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::bigint::text"
                    + " FROM pg_replication_slots WHERE slot_name = "
                    + BlockingSql.literal(shadowName.slot()));
        if (rows.isEmpty()) {
          warnings.add(
              "the source has no slot "
                  + shadowName.slot()
                  + ": the shadow cannot receive changes; run shadow reset");
        } else {
          List<String> row = rows.get(0);
          slot =
              new Slot(
                  row.get(0),
                  "true".equals(row.get(1)),
                  row.get(2),
                  row.get(3) == null ? null : Long.parseLong(row.get(3)),
                  row.get(4) == null ? 0 : Long.parseLong(row.get(4)));
          lagBytes = row.get(5) == null ? null : Math.max(0, Long.parseLong(row.get(5)));
          warnings.addAll(slotWarnings(slot));
        }
      } catch (ShadowException e) {
        warnings.add(e.getMessage() + ": lag and slot health unknown");
      }
      Double lagSeconds =
          lagBytes != null && lagBytes == 0
              ? Double.valueOf(0)
              : receivedAge == null ? null : Double.valueOf(receivedAge);
      return new ShadowStatus(
          recorded.record(), enabled, applying, tables, lagBytes, lagSeconds, slot, warnings);
    }
  }

  static List<String> slotWarnings(Slot slot) {
    List<String> warnings = new ArrayList<>();
    String retained = (slot.retainedBytes() >> 20) + " MiB";
    if ("lost".equals(slot.walStatus())) {
      warnings.add(
          "the slot "
              + slot.name()
              + " lost WAL the shadow still needed (max_slot_wal_keep_size): run shadow reset");
    } else if ("unreserved".equals(slot.walStatus())) {
      warnings.add(
          "the slot "
              + slot.name()
              + " is about to lose WAL the shadow needs (max_slot_wal_keep_size): the shadow"
              + " must catch up now");
    }
    if (!slot.active()) {
      warnings.add(
          "the slot "
              + slot.name()
              + " is inactive and keeps "
              + retained
              + " of WAL on the source, growing with every write there: let the shadow reconnect"
              + " or remove it with shadow drop");
    } else if (slot.retainedBytes() > LARGE_RETAINED_BYTES) {
      warnings.add("the slot " + slot.name() + " keeps " + retained + " of WAL on the source");
    }
    return warnings;
  }

  private static String state(char code) {
    return switch (code) {
      case 'i' -> "initializing";
      case 'd' -> "copying";
      case 'f' -> "copied";
      case 's' -> "synchronized";
      case 'r' -> "streaming";
      default -> "state " + code;
    };
  }
}
