package io.scry.protocol.cluster;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.List;
import java.util.Map;

/**
 * What the coordinator and its workers agree on to form one cluster, and nothing that ties either
 * to the other's code: the actor system name, the roles, the name of the workers' receptionist
 * service, and the shared Pekko settings ({@code scry-cluster.conf}). Each node builds its own
 * actor types from these names; the messages between them are the protobuf types of {@code
 * scry/v1/cluster.proto}.
 *
 * <p>All nodes use the actor system name {@value #SYSTEM_NAME}, so a seed is fully named by {@code
 * HOST:PORT}.
 */
public final class ClusterContract {

  public static final String SYSTEM_NAME = "scry";
  public static final String ROLE_COORDINATOR = "coordinator";
  public static final String ROLE_WORKER = "worker";

  /**
   * The receptionist service id under which every worker registers its {@code WorkerCommand} inbox,
   * and which the coordinator looks up.
   */
  public static final String WORKER_SERVICE = "scry-replay-worker";

  private ClusterContract() {}

  /** Artery over TLS: what every node uses, with the {@code ClusterTls} of its cluster key. */
  public static final String TRANSPORT_TLS = "tls-tcp";

  /** Artery in clear: only for a node started explicitly insecure, without a cluster key. */
  public static final String TRANSPORT_PLAIN = "tcp";

  /**
   * The configuration of a node with {@code roles} listening on {@code host:port} (port 0 picks a
   * free one), its transport TLS or not. Precedence: the transport, then system properties, then
   * the roles and address, then {@code application.conf}, then {@code scry-cluster.conf}, then the
   * reference settings. The transport follows the cluster key alone, so that no setting turns a
   * keyed node's traffic into clear text.
   */
  public static Config nodeConfig(List<String> roles, String host, int port, boolean tls) {
    Config node =
        ConfigFactory.parseMap(
            Map.of(
                "pekko.cluster.roles", roles,
                "pekko.remote.artery.canonical.hostname", host,
                "pekko.remote.artery.canonical.port", port));
    Config transport =
        ConfigFactory.parseMap(
            Map.of("pekko.remote.artery.transport", tls ? TRANSPORT_TLS : TRANSPORT_PLAIN));
    return transport
        .withFallback(ConfigFactory.defaultOverrides())
        .withFallback(node)
        .withFallback(ConfigFactory.defaultApplication())
        .withFallback(ConfigFactory.parseResources(ClusterContract.class, "/scry-cluster.conf"))
        .withFallback(ConfigFactory.defaultReference())
        .resolve();
  }
}
