package io.scry.cli.node;

import io.scry.cli.ScryCli;
import io.scry.cli.security.ClusterKeyOptions;
import io.scry.protocol.cluster.HostAndPort;
import io.scry.protocol.security.ClusterKey;
import io.scry.worker.cluster.WorkerNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.pekko.actor.Address;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster worker}: a replay worker node. Runs until SIGTERM/SIGINT, then leaves the
 * cluster gracefully (a shard it was replaying is re-planned onto another worker). When the cluster
 * removes it because the coordinator was lost (killed, cut off, stopped), it starts again and joins
 * the coordinator once that is back.
 */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
      "Run a replay worker node that joins the cluster through the seed nodes.",
      "Runs until SIGTERM/SIGINT, then leaves the cluster; outlives its coordinator and joins it"
          + " again when it is back."
    })
public class WorkerCommand implements Callable<Integer> {

  /** Keeps a node that the cluster keeps removing from spinning. */
  private static final Duration REJOIN_PAUSE = Duration.ofSeconds(1);

  @Spec CommandSpec spec;

  @Option(
      names = "--cluster",
      paramLabel = "HOST:PORT",
      defaultValue = "127.0.0.1:0",
      description =
          "Canonical cluster address of this node, port 0 for any (default: ${DEFAULT-VALUE}).")
  String cluster;

  @Option(
      names = "--seed",
      paramLabel = "HOST:PORT",
      arity = "1..*",
      required = true,
      description = "Seed nodes to join, usually the coordinator's --cluster address.")
  List<String> seeds;

  @Mixin ClusterKeyOptions clusterKey;

  @Option(
      names = "--insecure",
      description = {
        "Run without a cluster key when none is given: the cluster traffic is in clear, and only",
        "a cluster started --insecure too lets this worker in."
      })
  boolean insecure;

  @Override
  public Integer call() {
    HostAndPort self = Addresses.hostPort("--cluster", cluster);
    seeds.forEach(seed -> Addresses.hostPort("--seed", seed));
    ClusterKey key = clusterKey.required(insecure);
    List<Address> seedAddresses =
        seeds.stream().map(HostAndPort::parse).map(WorkerNode::seedAddress).toList();
    PrintWriter out = spec.commandLine().getOut();
    while (true) {
      WorkerNode node = WorkerNode.start(self.host(), self.port(), seedAddresses, key);
      out.printf("worker %s joining %s%n", node.address(), seeds);
      out.flush();
      boolean stopped = node.awaitTermination();
      if (!stopped && self.port() != 0) {
        // A new node could not listen on the port the old one still holds.
        out.printf("worker %s waiting for its cluster connections to close%n", node.address());
        out.flush();
        node.awaitFullTermination();
      }
      if (!node.removedByCluster()) {
        return ScryCli.EXIT_OK;
      }
      // Downed or left with the coordinator: a worker outlives its coordinator and joins it again.
      out.printf(
          "worker %s was removed from the cluster (its coordinator was lost); joining again%n",
          node.address());
      out.flush();
      sleepBeforeRejoining();
    }
  }

  private static void sleepBeforeRejoining() {
    try {
      Thread.sleep(REJOIN_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
