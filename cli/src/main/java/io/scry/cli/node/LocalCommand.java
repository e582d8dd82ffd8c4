package io.scry.cli.node;

import io.scry.cli.ScryCli;
import io.scry.cli.cluster.LocalCluster;
import io.scry.cli.failure.AddressInUse;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster local}: a coordinator and N workers in this process, with an embedded control
 * database, for laptops and CI. Runs until SIGTERM/SIGINT. Secure with no configuration: a token
 * (and an ingest secret) not given are generated into files under the store for its clients.
 */
@Command(
    name = "local",
    mixinStandardHelpOptions = true,
    description = {
      "Run a coordinator and N workers in one process (embedded control database).",
      "Submit jobs with 'scry-cluster submit'. Runs until SIGTERM/SIGINT."
    })
public class LocalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CoordinatorServiceOptions service;

  @Option(
      names = "--workers",
      paramLabel = "N",
      defaultValue = "2",
      description = "Worker nodes to run (default: ${DEFAULT-VALUE}).")
  int workers;

  @Override
  public Integer call() throws Exception {
    ServiceAccess access = service.generatedAccess(spec.commandLine().getOut());
    LocalCluster cluster;
    try {
      cluster =
          LocalCluster.start(
              new LocalCluster.Config(
                      workers,
                      service.store,
                      service.controlDb,
                      service.httpAddress(),
                      service.ingestAddress(),
                      access.token())
                  .withIngestSecret(access.ingestSecret())
                  .withInsecure(access.insecure()));
    } catch (RuntimeException e) {
      throw AddressInUse.ifBindFailure(service.listeningAddresses(), e).orElseThrow(() -> e);
    }
    UntilStopped stopped = UntilStopped.onSignal("scry-local-shutdown", cluster::close);
    var httpAddress = cluster.coordinator().httpAddress();
    spec.commandLine()
        .getOut()
        .printf(
            "local cluster: coordinator and %d workers, job API on http://%s:%d%n",
            workers, httpAddress.getHostString(), httpAddress.getPort());
    spec.commandLine().getOut().flush();
    stopped.await();
    return ScryCli.EXIT_OK;
  }
}
