package io.scry.coordinator.rehearsal;

/**
 * When the migration was busy, from the first to the last sample that saw one of its backends
 * active or in a transaction, and the WAL the whole cluster wrote meanwhile.
 *
 * @param walBytes {@code pg_wal_lsn_diff} between the samples just before and just after the
 *     window; includes the WAL of the traffic's writes in the same window
 */
public record MigrationWindow(long startMillis, long endMillis, long walBytes) {}
