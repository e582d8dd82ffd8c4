package io.scry.worker.cluster;

import com.typesafe.config.Config;
import io.scry.protocol.cluster.ClusterContract;
import io.scry.protocol.cluster.HostAndPort;
import io.scry.protocol.cluster.NodeShutdown;
import io.scry.protocol.security.ClusterKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pekko.actor.Address;
import org.apache.pekko.actor.CoordinatedShutdown;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.JoinSeedNodes;

/**
 * A worker node: an actor system with the role {@code worker} whose guardian is a {@link
 * ReplayWorker}, joined to the cluster through the seed nodes. Closing it leaves the cluster
 * gracefully (CoordinatedShutdown), as does SIGTERM.
 *
 * <p>A node that the cluster removed instead (downed after the coordinator became unreachable, or
 * left because the coordinator did: {@link CoordinatorWatch}) ends with {@link #removedByCluster()}
 * true; its runner starts a new node that joins the coordinator again.
 */
public final class WorkerNode implements AutoCloseable {

  private final ActorSystem<ReplayWorker.Command> system;
  private final AtomicBoolean coordinatorGone;

  private WorkerNode(ActorSystem<ReplayWorker.Command> system, AtomicBoolean coordinatorGone) {
    this.system = system;
    this.coordinatorGone = coordinatorGone;
  }

  /**
   * Starts a worker on {@code host:port} (0 = any free port) and joins it to {@code seeds}.
   *
   * @param key the cluster key, which every node of the cluster holds; null only for a worker
   *     started explicitly insecure, whose cluster traffic is in clear (and which a cluster with a
   *     key never lets in)
   */
  public static WorkerNode start(String host, int port, List<Address> seeds, ClusterKey key) {
    Config config =
        ClusterContract.nodeConfig(List.of(ClusterContract.ROLE_WORKER), host, port, key != null);
    ActorSystem<ReplayWorker.Command> system =
        ActorSystem.create(
            ReplayWorker.create(),
            ClusterContract.SYSTEM_NAME,
            ClusterTransport.setup(config, key));
    AtomicBoolean coordinatorGone = new AtomicBoolean();
    system.systemActorOf(
        CoordinatorWatch.create(coordinatorGone), "coordinator-watch", Props.empty());
    Cluster.get(system).manager().tell(new JoinSeedNodes(seeds));
    return new WorkerNode(system, coordinatorGone);
  }

  /** The cluster address of the node at {@code seed}. */
  public static Address seedAddress(HostAndPort seed) {
    return new Address("pekko", ClusterContract.SYSTEM_NAME, seed.host(), seed.port());
  }

  public Address address() {
    return Cluster.get(system).selfMember().address();
  }

  public ActorSystem<ReplayWorker.Command> system() {
    return system;
  }

  /**
   * After termination: whether the cluster removed this node (downed, or left since the coordinator
   * did) rather than it being stopped on purpose (closed, SIGTERM).
   */
  public boolean removedByCluster() {
    Optional<CoordinatedShutdown.Reason> reason =
        CoordinatedShutdown.get(Adapter.toClassic(system)).getShutdownReason();
    return reason.isPresent()
        && (reason.get().equals(CoordinatedShutdown.clusterDowningReason())
            || (reason.get().equals(CoordinatedShutdown.clusterLeavingReason())
                && coordinatorGone.get()));
  }

  /** Blocks until the node has left the cluster and its actor system stopped. */
  public void awaitTermination() {
    system.getWhenTerminated().toCompletableFuture().join();
  }

  @Override
  public void close() {
    NodeShutdown.terminateAndAwait(system::terminate, system.getWhenTerminated());
  }
}
