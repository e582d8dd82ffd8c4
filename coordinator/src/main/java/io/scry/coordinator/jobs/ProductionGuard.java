package io.scry.coordinator.jobs;

import io.scry.coordinator.plan.SourceDatabase;
import io.scry.protocol.security.ConnectionStrings;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a replay off the database its capture came from: replaying production's writes on
 * production is the one mistake a shadow exists to prevent. A target is that database when its port
 * and database name are those of a captured session and its host is the proxy's upstream host, by
 * name or by any address both resolve to ({@code localhost} is {@code 127.0.0.1}).
 *
 * <p>The capture knows its source as the proxy's configured upstream, not by the server's {@code
 * system_identifier}: a target that reaches the same server under another name and address is not
 * recognised (see docs/SECURITY.md).
 */
final class ProductionGuard {

  private static final int DEFAULT_PORT = 5432;

  private ProductionGuard() {}

  /** Why the job must not run: the first target that is a source database; empty if none is. */
  static Optional<String> refusal(Set<SourceDatabase> sources, List<String> targets) {
    for (String target : targets) {
      for (SourceDatabase source : sources) {
        if (sameDatabase(target, source)) {
          return Optional.of(
              "target "
                  + ConnectionStrings.mask(target)
                  + " is the database the capture was taken from ("
                  + source.server()
                  + "/"
                  + source.database()
                  + "); replaying would run production's statements on production. Refused;"
                  + " set forceProductionTarget (--force-production-target) if that is really"
                  + " meant");
        }
      }
    }
    return Optional.empty();
  }

  private static boolean sameDatabase(String target, SourceDatabase source) {
    URI uri;
    try {
      uri = new URI(target);
    } catch (URISyntaxException unparsable) {
      return false; // the worker refuses it with the reason
    }
    String path = uri.getPath();
    if (uri.getHost() == null || path == null || !path.substring(1).equals(source.database())) {
      return false;
    }
    int colon = source.server().lastIndexOf(':');
    if (colon < 0) {
      return false;
    }
    String sourceHost = source.server().substring(0, colon);
    int sourcePort = Integer.parseInt(source.server().substring(colon + 1));
    int targetPort = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
    return targetPort == sourcePort && sameHost(uri.getHost(), sourceHost);
  }

  private static boolean sameHost(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    try {
      List<InetAddress> addresses = Arrays.asList(InetAddress.getAllByName(a));
      return Arrays.stream(InetAddress.getAllByName(b)).anyMatch(addresses::contains);
    } catch (UnknownHostException unresolved) {
      return false;
    }
  }
}
