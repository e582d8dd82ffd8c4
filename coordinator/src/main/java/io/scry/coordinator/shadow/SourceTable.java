package io.scry.coordinator.shadow;

/**
 * A table of the source that a shadow replicates.
 *
 * @param qualified the schema-qualified, quoted name ({@code public.orders}), as {@code regclass}
 *     prints it with an empty search path
 * @param replicaIdentity {@code pg_class.relreplident}: d(efault: the primary key), f(ull),
 *     i(ndex), n(othing)
 */
record SourceTable(
    String schema, String name, String qualified, char replicaIdentity, boolean hasPrimaryKey) {

  /**
   * Whether logical replication can publish its UPDATEs and DELETEs: the source refuses them on a
   * table whose replica identity names no columns.
   */
  boolean hasReplicaIdentity() {
    return switch (replicaIdentity) {
      case 'f', 'i' -> true;
      case 'd' -> hasPrimaryKey;
      default -> false;
    };
  }
}
