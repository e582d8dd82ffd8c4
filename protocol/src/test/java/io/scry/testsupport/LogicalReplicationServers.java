package io.scry.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two embedded PostgreSQL 17 servers for logical replication tests: a {@link #source()} with {@code
 * wal_level=logical} and a {@link #shadow()} that subscribes to it. Always embedded, never
 * Testcontainers: the shadow server connects to the source by the address the test sees, which a
 * container could not reach. The source can be {@link Server#restart() restarted} on its port.
 *
 * <pre>{@code
 * @RegisterExtension static final LogicalReplicationServers PG = new LogicalReplicationServers();
 * }</pre>
 */
public final class LogicalReplicationServers implements BeforeAllCallback, AfterAllCallback {
  private Server source;
  private Server shadow;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    source = new Server(Map.of("wal_level", "logical", "max_replication_slots", "10"));
    // Each shadow of a test class keeps an apply worker; its initial copy needs one more.
    shadow =
        new Server(Map.of("max_logical_replication_workers", "16", "max_worker_processes", "24"));
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (shadow != null) {
      shadow.close();
    }
    if (source != null) {
      source.close();
    }
  }

  /** The publishing server ({@code wal_level=logical}). */
  public Server source() {
    return source;
  }

  /** The subscribing server. */
  public Server shadow() {
    return shadow;
  }

  /** One embedded server on a fixed port and data directory, so that it can be restarted. */
  public static final class Server implements AutoCloseable {
    private final Map<String, String> config;
    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    Server(Map<String, String> config) throws IOException {
      this.config = Map.copyOf(config);
      this.dataDirectory = Files.createTempDirectory("scry-pg-");
      this.port = freePort();
      this.postgres = startOnDataDirectory();
      try (Connection c = connect("postgres");
          Statement s = c.createStatement()) {
        s.execute("SELECT 1");
      } catch (SQLException e) {
        throw new IOException("could not connect to embedded PostgreSQL", e);
      }
    }

    public int port() {
      return port;
    }

    /** A {@code postgres://} URL with credentials, the form the CLI takes. */
    public String url(String database) {
      return "postgres://"
          + PostgresExtension.USER
          + ":"
          + PostgresExtension.PASSWORD
          + "@127.0.0.1:"
          + port
          + "/"
          + database;
    }

    public Connection connect(String database) throws SQLException {
      return DriverManager.getConnection(
          "jdbc:postgresql://127.0.0.1:" + port + "/" + database,
          PostgresExtension.USER,
          PostgresExtension.PASSWORD);
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

    /** Creates an empty database and returns its name. */
    public String createDatabase(String name) throws SQLException {
      execute("postgres", "CREATE DATABASE \"" + name + "\"");
      return name;
    }

    /** Stops the server (a fast shutdown, every session ends) and starts it again. */
    public void restart() throws IOException {
      stop();
      start();
    }

    /** Stops the server, keeping its data; {@link #start()} starts it again. */
    public void stop() throws IOException {
      if (postgres != null) {
        postgres.close();
        postgres = null;
      }
    }

    /** Starts the stopped server again, on its port and data. */
    public void start() throws IOException {
      if (postgres == null) {
        postgres = startOnDataDirectory();
      }
    }

    @Override
    public void close() throws IOException {
      stop();
      try (Stream<Path> files = Files.walk(dataDirectory)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }

    /**
     * Starts on the data directory, which initdb fills on the first start only: the server keeps
     * its data (and the directory) across {@link #restart()}, {@link #close()} deletes it.
     */
    private EmbeddedPostgres startOnDataDirectory() throws IOException {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port);
      config.forEach(builder::setServerConfig);
      return builder.start();
    }

    private static int freePort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
