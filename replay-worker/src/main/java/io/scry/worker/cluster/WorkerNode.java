package io.scry.worker.cluster;

import com.typesafe.config.Config;
import io.scry.protocol.cluster.ClusterContract;
import io.scry.protocol.cluster.HostAndPort;
import io.scry.protocol.cluster.NodeShutdown;
import io.scry.protocol.security.ClusterKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pekko.Done;
import org.apache.pekko.actor.Address;
import org.apache.pekko.actor.CoordinatedShutdown;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.JoinSeedNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

  /**
   * How long a node that has left the cluster may take to close its cluster connections before
   * {@link #awaitTermination} gives up waiting (ordinarily a second or two).
   */
  static final Duration CONNECTIONS_CLOSE_WAIT = Duration.ofSeconds(5);

  private static final Logger log = LoggerFactory.getLogger(WorkerNode.class);

  private final ActorSystem<ReplayWorker.Command> system;
  private final AtomicBoolean coordinatorGone;
  private final CompletableFuture<Done> stopping = new CompletableFuture<>();

  private WorkerNode(ActorSystem<ReplayWorker.Command> system, AtomicBoolean coordinatorGone) {
    this.system = system;
    this.coordinatorGone = coordinatorGone;
    CoordinatedShutdown.get(Adapter.toClassic(system))
        .addTask(
            CoordinatedShutdown.PhaseBeforeServiceUnbind(),
            "scry-worker-stopping",
            () -> {
              stopping.complete(Done.getInstance());
              return CompletableFuture.completedFuture(Done.getInstance());
            });
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

  /**
   * Blocks until the node has left the cluster and its actor system stopped; once it is stopping,
   * at most {@link #CONNECTIONS_CLOSE_WAIT} longer. Over TLS, Pekko keeps a connection open until
   * its peer closes it, and a peer that goes on running (the other workers, when this one was
   * downed) may not for a long time: a worker waiting for that would never join its coordinator
   * again. Its old actor system then finishes stopping in the background.
   *
   * @return whether the actor system stopped in time
   */
  public boolean awaitTermination() {
    stopping.join();
    try {
      system
          .getWhenTerminated()
          .toCompletableFuture()
          .get(CONNECTIONS_CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      log.warn(
          "worker {} left the cluster, but its cluster connections were still closing after {} s;"
              + " going on without waiting for them",
          address(),
          CONNECTIONS_CLOSE_WAIT.toSeconds());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException("the worker's actor system failed to stop", e.getCause());
    }
  }

  /** Blocks until the actor system has stopped, however long its connections take to close. */
  public void awaitFullTermination() {
    system.getWhenTerminated().toCompletableFuture().join();
  }

  /**
   * Leaves the cluster and stops, waiting at most {@link NodeShutdown#LEAVE_TIMEOUT}: past it (a
   * peer that holds a TLS connection open, see {@link #awaitTermination}) it warns and returns, and
   * the actor system finishes stopping in the background.
   */
  @Override
  public void close() {
    try {
      NodeShutdown.terminateAndAwait(system::terminate, system.getWhenTerminated());
    } catch (CompletionException e) {
      if (!(e.getCause() instanceof TimeoutException)) {
        throw e;
      }
      log.warn(
          "worker {} was still closing its cluster connections after {} s; going on",
          address(),
          NodeShutdown.LEAVE_TIMEOUT.toSeconds());
    }
  }
}
