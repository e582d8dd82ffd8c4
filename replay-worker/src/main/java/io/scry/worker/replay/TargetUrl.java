package io.scry.worker.replay;

import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.scry.protocol.security.ConnectionStrings;
import io.scry.protocol.security.PgPass;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A parsed {@code postgres://user:password@host:port/database} URL. */
record TargetUrl(String host, int port, String database, String user, String password) {

  private static final int DEFAULT_PORT = 5432;

  static TargetUrl parse(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      // not getMessage(): it quotes the whole URL, password and all
      throw invalid(url, e.getReason());
    }
    if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
      throw invalid(url, "the scheme must be postgres:// or postgresql://");
    }
    if (uri.getHost() == null) {
      throw invalid(url, "no host");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (path.length() <= 1) {
      throw invalid(url, "no database (postgres://user:password@host:port/database)");
    }
    String userInfo = uri.getRawUserInfo();
    if (userInfo == null || userInfo.isEmpty()) {
      throw invalid(url, "no user (postgres://user:password@host:port/database)");
    }
    int colon = userInfo.indexOf(':');
    String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
    String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
    int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
    return new TargetUrl(uri.getHost(), port, decode(path.substring(1)), user, password);
  }

  /** A connection configuration for this database as {@code applicationName}; add to it. */
  PostgresqlConnectionConfiguration.Builder connectionConfiguration(String applicationName) {
    return PostgresqlConnectionConfiguration.builder()
        .host(host)
        .port(port)
        .database(database)
        .username(user)
        // Without a password in the URL, PGPASSWORD or the worker's password file may hold one.
        .password(PgPass.system().password(password, host, port, database, user).orElse(password))
        .applicationName(applicationName)
        .connectTimeout(Connections.CONNECT_TIMEOUT);
  }

  /** The URL without its password: safe to log and to put in results. */
  String redacted() {
    return "postgres://" + user + "@" + host + ":" + port + "/" + database;
  }

  @Override
  public String toString() {
    return redacted();
  }

  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static IllegalArgumentException invalid(String url, String reason) {
    return new IllegalArgumentException(
        "invalid target URL " + ConnectionStrings.mask(url) + ": " + reason);
  }
}
