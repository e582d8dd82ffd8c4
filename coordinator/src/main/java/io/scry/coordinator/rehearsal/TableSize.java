package io.scry.coordinator.rehearsal;

/**
 * A table's size at one {@link TableSnapshot}.
 *
 * @param relation as {@code regclass} prints it
 * @param rows the row estimate ({@code reltuples}, or the live-row count when never analyzed)
 * @param sizeBytes {@code pg_relation_size}: the main fork, without indexes and TOAST
 */
public record TableSize(String relation, long rows, long sizeBytes) {}
