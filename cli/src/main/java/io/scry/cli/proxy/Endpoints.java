package io.scry.cli.proxy;

import io.scry.cli.failure.UserFailure;
import io.scry.protocol.security.ConnectionStrings;
import io.scry.proxy.UpstreamTls;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;

/** Parses the addresses the proxy command takes; errors name the option and the expected form. */
final class Endpoints {

  static final int DEFAULT_POSTGRES_PORT = 5432;

  private Endpoints() {}

  /** {@code HOST:PORT} ({@code [v6]:PORT} for IPv6); the port may be 0 for "any free port". */
  static InetSocketAddress hostPort(String option, String value) {
    int colon = value.lastIndexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      throw new IllegalArgumentException(option + " must be HOST:PORT, got '" + value + "'");
    }
    String host = value.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return InetSocketAddress.createUnresolved(host, port(option, value.substring(colon + 1)));
  }

  /**
   * {@code postgres://[USER[:PASSWORD]@]HOST[:PORT][/DB][?sslmode=MODE]}: only host, port and
   * sslmode are used; clients choose their own user and database, which the proxy passes through.
   */
  static InetSocketAddress upstream(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      // HOST:PORT without a scheme is the usual mistake; the parser's words for it help nobody.
      throw notAnUpstreamUrl(value);
    }
    if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
      throw notAnUpstreamUrl(value);
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(
          "--upstream has no host: '" + ConnectionStrings.mask(value) + "'");
    }
    int port = uri.getPort() < 0 ? DEFAULT_POSTGRES_PORT : uri.getPort();
    return InetSocketAddress.createUnresolved(uri.getHost(), port);
  }

  private static UserFailure notAnUpstreamUrl(String value) {
    return new UserFailure(
        "--upstream must be a URL such as postgres://HOST:PORT/DB, got '"
            + ConnectionStrings.mask(value)
            + "'",
        value.contains("://")
            ? "use the postgres:// scheme"
            : "write it with its scheme, e.g. --upstream postgres://"
                + ConnectionStrings.mask(value.strip()));
  }

  /**
   * TLS to the upstream: {@code --upstream-sslmode} if given, else the {@code sslmode} query
   * parameter of the upstream URL, else {@link UpstreamTls#VERIFY_FULL}.
   */
  static UpstreamTls upstreamTls(String url, String sslmode) {
    if (sslmode != null) {
      return sslMode("--upstream-sslmode", sslmode);
    }
    String query = URI.create(url).getQuery();
    if (query != null) {
      for (String parameter : query.split("&")) {
        if (parameter.startsWith("sslmode=")) {
          return sslMode("--upstream", parameter.substring("sslmode=".length()));
        }
      }
    }
    return UpstreamTls.VERIFY_FULL;
  }

  private static UpstreamTls sslMode(String option, String sslmode) {
    try {
      return UpstreamTls.fromSslMode(sslmode);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage());
    }
  }

  private static int port(String option, String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw new IllegalArgumentException(option + " has an invalid port '" + text + "'");
  }
}
