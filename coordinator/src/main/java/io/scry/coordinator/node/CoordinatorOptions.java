package io.scry.coordinator.node;

import io.scry.protocol.security.ClusterKey;
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
 * @param token bearer token the HTTP API requires; null only when {@code insecure}
 * @param ingestSecret the secret shippers must prove they know; null only when {@code insecure}
 * @param clusterKey the key every node of the cluster holds, which authenticates and encrypts the
 *     cluster traffic; null only when {@code insecure} (then that traffic is in clear)
 * @param insecure serve the ports without a token, secret or cluster key when none is given (a loud
 *     warning)
 */
public record CoordinatorOptions(
    String clusterHost,
    int clusterPort,
    List<String> seeds,
    String controlDbUrl,
    Path storeDir,
    InetSocketAddress http,
    InetSocketAddress ingest,
    String token,
    String ingestSecret,
    ClusterKey clusterKey,
    boolean insecure) {

  public CoordinatorOptions {
    seeds = List.copyOf(seeds);
  }

  /**
   * A coordinator on 127.0.0.1 with a free port, its own seed, a new cluster key (for the workers
   * started in the same process: {@link #clusterKey()}) and nothing else served.
   */
  public static CoordinatorOptions loopback(Path storeDir, String controlDbUrl) {
    return new CoordinatorOptions(
        "127.0.0.1",
        0,
        List.of(),
        controlDbUrl,
        storeDir,
        null,
        null,
        null,
        null,
        ClusterKey.generate(),
        false);
  }

  /** These options with {@code key} as the cluster key (null: none, only when insecure). */
  public CoordinatorOptions withClusterKey(ClusterKey key) {
    return secured(http, ingest, token, ingestSecret, key, insecure);
  }

  /** These options accepting shippers at {@code ingest} that know {@code secret}. */
  public CoordinatorOptions withIngest(InetSocketAddress ingest, String secret) {
    return secured(http, ingest, token, secret, clusterKey, insecure);
  }

  /** These options serving the job API at {@code http} to clients with {@code token}. */
  public CoordinatorOptions withHttp(InetSocketAddress http, String token) {
    return secured(http, ingest, token, ingestSecret, clusterKey, insecure);
  }

  /** These options with {@link #insecure()} as given. */
  public CoordinatorOptions withInsecure(boolean insecure) {
    return secured(http, ingest, token, ingestSecret, clusterKey, insecure);
  }

  /**
   * These options with the given ports and their credentials; the cluster address, seeds, control
   * database and store stay.
   */
  private CoordinatorOptions secured(
      InetSocketAddress http,
      InetSocketAddress ingest,
      String token,
      String ingestSecret,
      ClusterKey clusterKey,
      boolean insecure) {
    return new CoordinatorOptions(
        clusterHost,
        clusterPort,
        seeds,
        controlDbUrl,
        storeDir,
        http,
        ingest,
        token,
        ingestSecret,
        clusterKey,
        insecure);
  }

  /**
   * @throws IllegalArgumentException if a port would be served without authentication while not
   *     {@link #insecure()}
   */
  void requireAuthenticatedPorts() {
    if (insecure) {
      return;
    }
    if (clusterKey == null) {
      throw new IllegalArgumentException(
          "the cluster transport needs a cluster key (or an explicitly insecure coordinator)");
    }
    if (http != null && token == null) {
      throw new IllegalArgumentException(
          "the HTTP job API needs a bearer token (or an explicitly insecure coordinator)");
    }
    if (ingest != null && ingestSecret == null) {
      throw new IllegalArgumentException(
          "the capture ingest port needs an ingest secret (or an explicitly insecure"
              + " coordinator)");
    }
  }
}
