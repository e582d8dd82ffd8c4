package io.scry.coordinator.rehearsal;

/**
 * A table the migration rewrote: a new storage file, written in full while it held ACCESS
 * EXCLUSIVE.
 *
 * @param rows the row estimate before ({@code reltuples}, or the live-row count when the table was
 *     never analyzed)
 */
public record Rewrite(String relation, long rows, long sizeBeforeBytes, long sizeAfterBytes) {}
