package io.scry.worker.cluster;

import com.typesafe.config.Config;
import io.scry.protocol.security.ClusterKey;
import io.scry.protocol.security.ClusterTls;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import org.apache.pekko.actor.BootstrapSetup;
import org.apache.pekko.actor.setup.ActorSystemSetup;
import org.apache.pekko.remote.artery.tcp.SSLEngineProvider;
import org.apache.pekko.remote.artery.tcp.SSLEngineProviderSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Option;

/**
 * How this node's actor system is made from its configuration and its cluster key: Artery over TLS
 * with the key's {@link ClusterTls} handed to Pekko as its {@code SSLEngineProvider}, or, for a
 * node started insecure without a key, Artery in clear and a loud warning. (The coordinator and the
 * worker each have this small adapter: they share no code but {@code protocol}, which knows no
 * Pekko.)
 */
final class ClusterTransport {

  private static final Logger log = LoggerFactory.getLogger(ClusterTransport.class);

  private ClusterTransport() {}

  /**
   * The setup of an actor system with {@code config}, which {@code ClusterContract.nodeConfig} made
   * with TLS exactly when {@code key} is not null.
   */
  static ActorSystemSetup setup(Config config, ClusterKey key) {
    BootstrapSetup bootstrap = BootstrapSetup.create(config);
    if (key == null) {
      log.warn(
          "INSECURE: cluster traffic (Artery) is neither encrypted nor authenticated (no cluster"
              + " key): anyone who reaches this node's cluster port can join as a worker and"
              + " receive target URLs with their passwords");
      return ActorSystemSetup.create(bootstrap);
    }
    ClusterTls tls = ClusterTls.of(key, log::warn);
    log.info(
        "cluster traffic (Artery): {} with cluster key {}", ClusterTls.PROTOCOL, tls.fingerprint());
    return ActorSystemSetup.create(
        bootstrap, SSLEngineProviderSetup.create(system -> new Engines(tls)));
  }

  /** Pekko's view of {@link ClusterTls}. */
  private static final class Engines implements SSLEngineProvider {
    private final ClusterTls tls;

    Engines(ClusterTls tls) {
      this.tls = tls;
    }

    @Override
    public SSLEngine createServerSSLEngine(String hostname, int port) {
      return tls.serverEngine(hostname, port);
    }

    @Override
    public SSLEngine createClientSSLEngine(String hostname, int port) {
      return tls.clientEngine(hostname, port);
    }

    @Override
    public Option<Throwable> verifyClientSession(String hostname, SSLSession session) {
      return scala(tls.verify(session));
    }

    @Override
    public Option<Throwable> verifyServerSession(String hostname, SSLSession session) {
      return scala(tls.verify(session));
    }

    private static Option<Throwable> scala(Optional<Throwable> problem) {
      return problem.isPresent() ? Option.apply(problem.get()) : Option.empty();
    }
  }
}
