package io.scry.coordinator.node;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * How to start a coordinator node.
 *
 * @param clusterHost canonical Artery host
 * @param clusterPort canonical Artery port, 0 for any free port
 * @param seeds {@code HOST:PORT} of seed nodes; empty: the coordinator is its own seed
 * @param controlDbUrl {@code postgres://} URL of the control database, or null for an embedded one
 *     with its data under {@code storeDir/control-db}
 * @param storeDir root of the capture store
 * @param http where to serve the HTTP job API, or null for none
 * @param ingest where to accept capture shippers, or null for none
 * @param token bearer token the HTTP API requires, or null for none
 */
public record CoordinatorOptions(
    String clusterHost,
    int clusterPort,
    List<String> seeds,
    String controlDbUrl,
    Path storeDir,
    InetSocketAddress http,
    InetSocketAddress ingest,
    String token) {

  public CoordinatorOptions {
    seeds = List.copyOf(seeds);
  }

  /** A coordinator on 127.0.0.1 with a free port, its own seed and nothing else served. */
  public static CoordinatorOptions loopback(Path storeDir, String controlDbUrl) {
    return new CoordinatorOptions(
        "127.0.0.1", 0, List.of(), controlDbUrl, storeDir, null, null, null);
  }

  public CoordinatorOptions withIngest(InetSocketAddress ingest) {
    return new CoordinatorOptions(
        clusterHost, clusterPort, seeds, controlDbUrl, storeDir, http, ingest, token);
  }

  public CoordinatorOptions withHttp(InetSocketAddress http, String token) {
    return new CoordinatorOptions(
        clusterHost, clusterPort, seeds, controlDbUrl, storeDir, http, ingest, token);
  }
}
