package io.scry.cli.cluster;

import io.scry.coordinator.node.CoordinatorNode;
import io.scry.coordinator.node.CoordinatorOptions;
import io.scry.worker.cluster.WorkerNode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * A coordinator with its HTTP API on a free loopback port (bearer token required) and one worker:
 * what the API tests talk to. Close it after the test class.
 */
final class ApiTestCluster implements AutoCloseable {

  private final CoordinatorNode coordinator;
  private final WorkerNode worker;

  ApiTestCluster(Path store, String controlDbUrl, String token) {
    CoordinatorOptions options =
        CoordinatorOptions.loopback(store, controlDbUrl)
            .withHttp(new InetSocketAddress("127.0.0.1", 0), token);
    coordinator = CoordinatorNode.start(options);
    worker =
        WorkerNode.start(
            "127.0.0.1", 0, List.of(coordinator.clusterAddress()), options.clusterKey());
  }

  /** The API's base URI, ending in a slash. */
  URI api() {
    return URI.create("http://127.0.0.1:" + coordinator.httpAddress().getPort() + "/");
  }

  /** The coordinator first, as LocalCluster does: see its close(). */
  @Override
  public void close() {
    try {
      coordinator.close();
    } finally {
      worker.close();
    }
  }
}
