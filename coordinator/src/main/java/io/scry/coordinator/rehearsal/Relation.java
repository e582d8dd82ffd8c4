package io.scry.coordinator.rehearsal;

/**
 * A table, index or other relation of the monitored database.
 *
 * @param name as {@code oid::regclass} printed it when first seen (schema-qualified unless on the
 *     monitor's search path); the oid itself for a relation the monitor could not see
 */
record Relation(long oid, String name) {}
