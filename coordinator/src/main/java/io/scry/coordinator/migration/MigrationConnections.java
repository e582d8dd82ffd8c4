package io.scry.coordinator.migration;

import io.scry.coordinator.rehearsal.Backend;
import io.scry.coordinator.rehearsal.MigrationBackends;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server sessions of a migration command, as the capturing proxy it connects through learns
 * them: the proxy's upstream ports and the sessions' process ids, live, so a connection the command
 * opens at any moment (a script's second {@code psql}, a tool's own lock connection) is recognised.
 *
 * <p>A backend is the migration's when its client port is one of the proxy's upstream ports, or,
 * for a server behind address translation (a container's port mapping changes the port), when its
 * pid is one of the proxy's sessions' pids.
 */
public final class MigrationConnections implements MigrationBackends {
  private final CopyOnWriteArrayList<Set<Integer>> ports = new CopyOnWriteArrayList<>();
  private final CopyOnWriteArrayList<Set<Integer>> processIds = new CopyOnWriteArrayList<>();

  /** Adds a proxy's live views of its upstream ports and server process ids. */
  public void watch(Set<Integer> upstreamPorts, Set<Integer> upstreamProcessIds) {
    ports.add(upstreamPorts);
    processIds.add(upstreamProcessIds);
  }

  @Override
  public boolean isMigration(Backend backend) {
    return ports.stream().anyMatch(p -> p.contains(backend.clientPort()))
        || processIds.stream().anyMatch(p -> p.contains(backend.pid()));
  }
}
