package io.scry.cli.cluster;

import io.scry.coordinator.node.CoordinatorNode;
import io.scry.coordinator.node.CoordinatorOptions;
import io.scry.protocol.synthetic.SyntheticCapture;
import io.scry.testsupport.PostgresExtension;
import io.scry.worker.cluster.WorkerNode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A coordinator with its HTTP API on a free loopback port (bearer token required) and one worker,
 * and a synthetic capture of the items workload for its jobs to replay: what the API tests talk to.
 * Close it after the test class.
 */
final class ApiTestCluster implements AutoCloseable {

  private final CoordinatorNode coordinator;
  private final WorkerNode worker;
  private final Path capture;
  private final Map<Long, Long> expected;
  private final List<String> targets;
  private final HttpClient http = HttpClient.newHttpClient();

  private ApiTestCluster(
      CoordinatorOptions options, Path capture, Map<Long, Long> expected, List<String> targets) {
    this.capture = capture;
    this.expected = expected;
    this.targets = targets;
    coordinator = CoordinatorNode.start(options);
    worker =
        WorkerNode.start(
            "127.0.0.1", 0, List.of(coordinator.clusterAddress()), options.clusterKey());
  }

  /**
   * Creates the control database and the target databases (with the items table), writes 4 sessions
   * of 10 items statements under {@code tmp} and starts the cluster.
   */
  static ApiTestCluster start(
      PostgresExtension pg, Path tmp, String token, String controlDb, String... targetDbs)
      throws Exception {
    pg.createDatabase(controlDb);
    for (String target : targetDbs) {
      pg.createDatabase(target);
      pg.execute(target, SyntheticCapture.ITEMS_SCHEMA);
    }
    Path capture = tmp.resolve("capture");
    SyntheticCapture synthetic = SyntheticCapture.items(4, 10, 1);
    synthetic.write(capture);
    CoordinatorOptions options =
        CoordinatorOptions.loopback(tmp.resolve("store"), pg.url(controlDb))
            .withHttp(new InetSocketAddress("127.0.0.1", 0), token);
    return new ApiTestCluster(
        options,
        capture,
        synthetic.countsByFingerprint(),
        Stream.of(targetDbs).map(pg::url).toList());
  }

  /** The API's base URI, ending in a slash. */
  URI api() {
    return URI.create("http://127.0.0.1:" + coordinator.httpAddress().getPort() + "/");
  }

  Path capture() {
    return capture;
  }

  /** How many statements of each fingerprint the capture has. */
  Map<Long, Long> expected() {
    return expected;
  }

  /** A job's JSON body: the capture, every target database, then {@code extraFields}. */
  String job(String extraFields) {
    return "{\"capture\": \""
        + capture
        + "\", \"targets\": "
        + targets.stream().collect(Collectors.joining("\", \"", "[\"", "\"]"))
        + ", "
        + extraFields
        + "}";
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
