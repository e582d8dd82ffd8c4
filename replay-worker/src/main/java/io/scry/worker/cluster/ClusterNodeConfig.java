package io.scry.worker.cluster;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.Address;

/**
 * Configuration of one Scry cluster node: the shared Pekko settings ({@code scry-cluster.conf}),
 * the node's role and its canonical Artery address. All nodes use the actor system name {@value
 * #SYSTEM_NAME}, so a seed is fully named by {@code HOST:PORT}.
 */
public final class ClusterNodeConfig {

  public static final String SYSTEM_NAME = "scry";
  public static final String ROLE_COORDINATOR = "coordinator";
  public static final String ROLE_WORKER = "worker";

  private ClusterNodeConfig() {}

  /**
   * The configuration of a node with {@code role} listening on {@code host:port} (port 0 picks a
   * free one). Precedence: system properties, then the role and address, then {@code
   * application.conf}, then {@code scry-cluster.conf}, then the reference settings.
   */
  public static Config forNode(String role, String host, int port) {
    Config node =
        ConfigFactory.parseMap(
            Map.of(
                "pekko.cluster.roles", List.of(role),
                "pekko.remote.artery.canonical.hostname", host,
                "pekko.remote.artery.canonical.port", port));
    return ConfigFactory.defaultOverrides()
        .withFallback(node)
        .withFallback(ConfigFactory.defaultApplication())
        .withFallback(ConfigFactory.parseResources("scry-cluster.conf"))
        .withFallback(ConfigFactory.defaultReference())
        .resolve();
  }

  /** The address of the node at {@code hostAndPort} ({@code HOST:PORT}). */
  public static Address seedAddress(String hostAndPort) {
    HostAndPort hp = HostAndPort.parse(hostAndPort);
    return new Address("pekko", SYSTEM_NAME, hp.host(), hp.port());
  }

  /** A {@code HOST:PORT} pair as given on the command line. */
  public record HostAndPort(String host, int port) {
    public static HostAndPort parse(String text) {
      int colon = text.lastIndexOf(':');
      if (colon <= 0 || colon == text.length() - 1) {
        throw new IllegalArgumentException("expected HOST:PORT but got '" + text + "'");
      }
      try {
        return new HostAndPort(
            text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("expected a numeric port in '" + text + "'");
      }
    }
  }
}
