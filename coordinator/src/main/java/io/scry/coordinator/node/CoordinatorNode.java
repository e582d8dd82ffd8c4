package io.scry.coordinator.node;

import com.typesafe.config.Config;
import io.scry.coordinator.api.HttpApi;
import io.scry.coordinator.api.JobRoutes;
import io.scry.coordinator.ingest.IngestServer;
import io.scry.coordinator.jobs.JobClient;
import io.scry.coordinator.jobs.JobManager;
import io.scry.coordinator.jobs.JobSettings;
import io.scry.coordinator.jobs.JobStatus;
import io.scry.coordinator.jobs.JobStore;
import io.scry.coordinator.jobs.WorkerService;
import io.scry.coordinator.plan.CaptureSources;
import io.scry.coordinator.store.CaptureStore;
import io.scry.protocol.cluster.ClusterContract;
import io.scry.protocol.cluster.HostAndPort;
import io.scry.protocol.cluster.NodeShutdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.Done;
import org.apache.pekko.actor.Address;
import org.apache.pekko.actor.CoordinatedShutdown;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.actor.typed.receptionist.Receptionist;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.JoinSeedNodes;
import org.apache.pekko.http.javadsl.ServerBinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A coordinator node: the actor system with the role {@code coordinator} whose guardian is the
 * {@link JobManager}, its control database, capture store, and optionally the HTTP job API and the
 * capture ingest server. Closing it (or SIGTERM) runs CoordinatedShutdown: the HTTP and ingest
 * ports are unbound first, the node leaves the cluster, then the stores are closed.
 */
public final class CoordinatorNode implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CoordinatorNode.class);
  private static final Duration ASK_TIMEOUT = Duration.ofSeconds(30);

  private final ActorSystem<JobManager.Command> system;
  private final JobClient client;
  private final CaptureStore captureStore;
  private final InetSocketAddress httpAddress;
  private final InetSocketAddress ingestAddress;

  private CoordinatorNode(
      ActorSystem<JobManager.Command> system,
      JobClient client,
      CaptureStore captureStore,
      InetSocketAddress httpAddress,
      InetSocketAddress ingestAddress) {
    this.system = system;
    this.client = client;
    this.captureStore = captureStore;
    this.httpAddress = httpAddress;
    this.ingestAddress = ingestAddress;
  }

  /** Starts the node and blocks until its control database, store and ports are ready. */
  public static CoordinatorNode start(CoordinatorOptions options) {
    options.requireAuthenticatedPorts();
    List<AutoCloseable> opened = new ArrayList<>();
    ActorSystem<JobManager.Command> system = null;
    try {
      String controlDbUrl = options.controlDbUrl();
      if (controlDbUrl == null) {
        ControlDatabase embedded = ControlDatabase.start(options.storeDir().resolve("control-db"));
        opened.add(embedded);
        controlDbUrl = embedded.url();
      }
      JobStore jobStore = JobStore.open(controlDbUrl).toCompletableFuture().join();
      opened.add(jobStore);
      List<JobStatus> recovered = jobStore.recover().toCompletableFuture().join();
      CaptureStore captureStore = CaptureStore.open(options.storeDir().resolve("captures"));
      opened.add(captureStore);

      Config config =
          ClusterContract.nodeConfig(
              List.of(ClusterContract.ROLE_COORDINATOR),
              options.clusterHost(),
              options.clusterPort(),
              options.clusterKey() != null);
      system =
          ActorSystem.create(
              JobManager.create(
                  jobStore, new CaptureSources(captureStore), JobSettings.from(config), recovered),
              ClusterContract.SYSTEM_NAME,
              ClusterTransport.setup(config, options.clusterKey()));
      closeOnShutdown(system, CoordinatedShutdown.PhaseBeforeActorSystemTerminate(), opened);
      Cluster cluster = Cluster.get(system);
      ActorSystem<JobManager.Command> started = system;
      List<Address> seeds =
          options.seeds().isEmpty()
              ? List.of(cluster.selfMember().address())
              : options.seeds().stream()
                  .map(HostAndPort::parse)
                  .map(CoordinatorNode::address)
                  .toList();
      cluster.manager().tell(new JoinSeedNodes(seeds));

      JobClient client = new JobClient(started, started, jobStore);
      InetSocketAddress http = null;
      if (options.http() != null) {
        ServerBinding binding =
            HttpApi.start(
                    system,
                    new JobRoutes(
                        client, captureStore, options.token(), config, () -> workersUp(started)),
                    options.http())
                .toCompletableFuture()
                .join();
        http = binding.localAddress();
        if (options.token() == null) {
          log.warn(
              "INSECURE: the HTTP job API on {} requires no token; anyone who reaches it can"
                  + " submit jobs against any database the workers reach",
              http);
        }
        CoordinatedShutdown.get(system)
            .addTask(
                CoordinatedShutdown.PhaseServiceUnbind(),
                "scry-http-unbind",
                () -> binding.unbind().thenApply(ignored -> Done.getInstance()));
      }
      InetSocketAddress ingest = null;
      if (options.ingest() != null) {
        IngestServer server =
            IngestServer.start(options.ingest(), captureStore, options.ingestSecret());
        ingest = server.address();
        closeOnShutdown(system, CoordinatedShutdown.PhaseServiceUnbind(), List.of(server));
      }
      return new CoordinatorNode(system, client, captureStore, http, ingest);
    } catch (IOException | RuntimeException e) {
      if (system == null) {
        closeAll(opened);
      } else {
        // Its shutdown closes what was opened (e.g. the HTTP port was taken).
        system.terminate();
        system.getWhenTerminated().toCompletableFuture().join();
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
  }

  private static Address address(HostAndPort node) {
    return new Address("pekko", ClusterContract.SYSTEM_NAME, node.host(), node.port());
  }

  private static void closeOnShutdown(
      ActorSystem<?> system, String phase, List<AutoCloseable> resources) {
    List<AutoCloseable> reversed = new ArrayList<>(resources);
    java.util.Collections.reverse(reversed);
    CoordinatedShutdown.get(system)
        .addTask(
            phase,
            "scry-close-" + phase,
            () ->
                CompletableFuture.supplyAsync(
                    () -> {
                      closeAll(reversed);
                      return Done.getInstance();
                    }));
  }

  private static void closeAll(List<AutoCloseable> resources) {
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        log.warn("closing {} failed", resource, e);
      }
    }
  }

  /**
   * Replay workers that are registered with the receptionist and reachable: the workers the next
   * phase is planned over.
   */
  public CompletionStage<Integer> workersUp() {
    return workersUp(system);
  }

  private static CompletionStage<Integer> workersUp(ActorSystem<?> system) {
    return AskPattern.<Receptionist.Command, Receptionist.Listing>ask(
            system.receptionist(),
            replyTo -> Receptionist.find(WorkerService.KEY, replyTo),
            ASK_TIMEOUT,
            system.scheduler())
        .thenApply(listing -> listing.getServiceInstances(WorkerService.KEY).size());
  }

  public JobClient jobs() {
    return client;
  }

  public CaptureStore captureStore() {
    return captureStore;
  }

  public ActorSystem<JobManager.Command> system() {
    return system;
  }

  /** The cluster address workers use as their seed. */
  public Address clusterAddress() {
    return Cluster.get(system).selfMember().address();
  }

  /** Where the HTTP API listens, or null. */
  public InetSocketAddress httpAddress() {
    return httpAddress;
  }

  /** Where the ingest server listens, or null. */
  public InetSocketAddress ingestAddress() {
    return ingestAddress;
  }

  /** Blocks until the node has shut down (e.g. after SIGTERM). */
  public void awaitTermination() {
    system.getWhenTerminated().toCompletableFuture().join();
  }

  @Override
  public void close() {
    NodeShutdown.terminateAndAwait(system::terminate, system.getWhenTerminated());
  }
}
