package io.scry.coordinator.config;

import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.scry.protocol.security.ConnectionStrings;
import io.scry.protocol.security.PgPass;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A PostgreSQL server and database as {@code postgres://user:password@host:port/database} (also
 * {@code postgresql://}); the form {@code shadow.url} and the CLI take.
 *
 * @param password empty when the URL has none
 */
public record DatabaseUrl(String host, int port, String database, String user, String password) {

  public static DatabaseUrl parse(String url) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new ConfigException("not a database URL: " + ConnectionStrings.mask(url));
    }
    if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
      throw new ConfigException(
          "database URL must start with postgres:// or postgresql://, got "
              + ConnectionStrings.mask(url));
    }
    if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
      throw new ConfigException(
          "database URL needs a host and a database (postgres://user:password@host:port/db), got "
              + ConnectionStrings.mask(url));
    }
    String user = "postgres";
    String password = "";
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : "";
    }
    return new DatabaseUrl(
        uri.getHost(),
        uri.getPort() < 0 ? 5432 : uri.getPort(),
        decode(uri.getPath().substring(1)),
        user,
        password);
  }

  /** The same server, another database. */
  public DatabaseUrl withDatabase(String name) {
    return new DatabaseUrl(host, port, name, user, password);
  }

  /** The URL with its password, for the migration command's DATABASE_URL. */
  public String toUrl() {
    String credentials = password.isEmpty() ? encode(user) : encode(user) + ":" + encode(password);
    return "postgres://" + credentials + "@" + host + ":" + port + "/" + encode(database);
  }

  /** The URL without its password, fit for logs and reports. */
  @Override
  public String toString() {
    return "postgres://" + user + "@" + host + ":" + port + "/" + database;
  }

  public PostgresqlConnectionFactory connectionFactory() {
    PostgresqlConnectionConfiguration.Builder builder =
        PostgresqlConnectionConfiguration.builder()
            .host(host)
            .port(port)
            .database(database)
            .username(user)
            .connectTimeout(Duration.ofSeconds(10))
            .applicationName("scry-cluster");
    // Without a password in the URL, PGPASSWORD or the password file may hold one, as for psql.
    PgPass.system().password(password, host, port, database, user).ifPresent(builder::password);
    return new PostgresqlConnectionFactory(builder.build());
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
