package io.scry.coordinator.api;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.http.javadsl.Http;
import org.apache.pekko.http.javadsl.ServerBinding;

/** Binds the job API's routes on a host and port (port 0: any free port). */
public final class HttpApi {

  private HttpApi() {}

  public static CompletionStage<ServerBinding> start(
      ActorSystem<?> system, JobRoutes routes, InetSocketAddress address) {
    return Http.get(system)
        .newServerAt(address.getHostString(), address.getPort())
        .bind(routes.routes());
  }
}
