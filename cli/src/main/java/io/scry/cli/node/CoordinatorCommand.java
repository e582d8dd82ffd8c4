package io.scry.cli.node;

import io.scry.cli.ScryCli;
import io.scry.cli.console.AddressText;
import io.scry.cli.failure.AddressInUse;
import io.scry.cli.security.ClusterKeyOptions;
import io.scry.coordinator.node.CoordinatorNode;
import io.scry.coordinator.node.CoordinatorOptions;
import io.scry.protocol.cluster.HostAndPort;
import io.scry.protocol.security.ClusterKey;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster coordinator}: the cluster's coordinator node (job manager, planner, HTTP job
 * API, capture ingest). Runs until SIGTERM/SIGINT, then leaves the cluster gracefully.
 */
@Command(
    name = "coordinator",
    mixinStandardHelpOptions = true,
    description = {
      "Run the coordinator node: job API, capture ingest and store, planner and merging.",
      "Runs until SIGTERM/SIGINT, then leaves the cluster."
    })
public class CoordinatorCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CoordinatorServiceOptions service;

  @Mixin ClusterKeyOptions clusterKey;

  @Option(
      names = "--cluster",
      paramLabel = "HOST:PORT",
      defaultValue = "127.0.0.1:25520",
      description =
          "Canonical cluster (Artery TLS) address of this node (default: ${DEFAULT-VALUE}).")
  String cluster;

  @Option(
      names = "--seed",
      paramLabel = "HOST:PORT",
      arity = "1..*",
      description = "Seed nodes to join (default: this node is the seed).")
  List<String> seeds = List.of();

  @Override
  public Integer call() {
    HostAndPort self = Addresses.hostPort("--cluster", cluster);
    seeds.forEach(seed -> Addresses.hostPort("--seed", seed));
    ServiceAccess access = service.requiredAccess();
    ClusterKey key = clusterKey.required(access.insecure());
    CoordinatorNode node;
    try {
      node =
          CoordinatorNode.start(
              new CoordinatorOptions(
                  self.host(),
                  self.port(),
                  seeds,
                  service.controlDb,
                  service.store,
                  service.httpAddress(),
                  service.ingestAddress(),
                  access.token(),
                  access.ingestSecret(),
                  key,
                  access.insecure()));
    } catch (RuntimeException e) {
      Map<String, InetSocketAddress> addresses = new LinkedHashMap<>();
      addresses.put("--cluster", new InetSocketAddress(self.host(), self.port()));
      addresses.putAll(service.listeningAddresses());
      throw AddressInUse.ifBindFailure(addresses, e).orElseThrow(() -> e);
    }
    spec.commandLine()
        .getOut()
        .printf(
            "coordinator %s up: job API on http://%s:%d%s%n",
            node.clusterAddress(),
            node.httpAddress().getHostString(),
            node.httpAddress().getPort(),
            node.ingestAddress() == null
                ? ""
                : ", ingest on " + AddressText.hostPort(node.ingestAddress()));
    spec.commandLine().getOut().flush();
    node.awaitTermination();
    return ScryCli.EXIT_OK;
  }
}
