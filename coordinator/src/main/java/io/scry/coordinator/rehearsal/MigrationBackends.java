package io.scry.coordinator.rehearsal;

import java.util.Collection;
import java.util.Set;

/**
 * Tells the migration's backends from the traffic's. In a rehearsal the migration command connects
 * through the capturing proxy, so its backends are those whose client port is one of the proxy's
 * upstream ports; tests can name the migration's connections instead.
 */
@FunctionalInterface
public interface MigrationBackends {

  boolean isMigration(Backend backend);

  /** The backends whose client TCP port is one of {@code ports}. */
  static MigrationBackends byClientPorts(Collection<Integer> ports) {
    Set<Integer> set = Set.copyOf(ports);
    return backend -> set.contains(backend.clientPort());
  }

  /** The backends whose {@code application_name} (as first seen) is {@code name}. */
  static MigrationBackends byApplicationName(String name) {
    return backend -> name.equals(backend.applicationName());
  }
}
