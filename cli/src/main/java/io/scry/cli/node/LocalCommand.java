package io.scry.cli.node;

import io.scry.cli.ScryCli;
import io.scry.coordinator.node.LocalCluster;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster local}: a coordinator and N workers in this process, with an embedded control
 * database, for laptops and CI. Runs until SIGTERM/SIGINT.
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

  @Option(
      names = "--workers",
      paramLabel = "N",
      defaultValue = "2",
      description = "Worker nodes to run (default: ${DEFAULT-VALUE}).")
  int workers;

  @Option(
      names = "--http",
      paramLabel = "HOST:PORT",
      defaultValue = "127.0.0.1:8080",
      description = "Where to serve the HTTP job API (default: ${DEFAULT-VALUE}).")
  String http;

  @Option(
      names = "--ingest",
      paramLabel = "HOST:PORT",
      description = "Where to accept capture shippers (proxies); none if omitted.")
  String ingest;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "scry-store",
      description =
          "Capture store and embedded control database directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(
      names = "--control-db",
      paramLabel = "URL",
      description =
          "postgres://user:pass@host:port/db keeping jobs and results (default: embedded).")
  String controlDb;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      defaultValue = "${env:SCRY_TOKEN}",
      description = "Bearer token the job API requires (default: $SCRY_TOKEN, none if unset).")
  String token;

  @Override
  public Integer call() throws Exception {
    LocalCluster cluster =
        LocalCluster.start(
            new LocalCluster.Config(
                workers,
                store,
                controlDb,
                Addresses.socket("--http", http),
                Addresses.socket("--ingest", ingest),
                token == null || token.isBlank() ? null : token));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  cluster.close();
                  stopped.countDown();
                },
                "scry-local-shutdown"));
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
