package io.scry.cli.node;

import io.scry.cli.ScryCli;
import io.scry.protocol.cluster.HostAndPort;
import io.scry.worker.cluster.WorkerNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster worker}: a replay worker node. Runs until SIGTERM/SIGINT, then leaves the
 * cluster gracefully (a shard it was replaying is re-planned onto another worker).
 */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
      "Run a replay worker node that joins the cluster through the seed nodes.",
      "Runs until SIGTERM/SIGINT, then leaves the cluster."
    })
public class WorkerCommand implements Callable<Integer> {

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

  @Override
  public Integer call() {
    HostAndPort self = Addresses.hostPort("--cluster", cluster);
    seeds.forEach(seed -> Addresses.hostPort("--seed", seed));
    WorkerNode node =
        WorkerNode.start(
            self.host(),
            self.port(),
            seeds.stream().map(HostAndPort::parse).map(WorkerNode::seedAddress).toList());
    spec.commandLine().getOut().printf("worker %s joining %s%n", node.address(), seeds);
    spec.commandLine().getOut().flush();
    node.awaitTermination();
    return ScryCli.EXIT_OK;
  }
}
