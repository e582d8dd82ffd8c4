package io.scry.cli.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.replay.ReplayMode;
import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.ErrorCount;
import io.scry.protocol.v1.Outcome;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ProtocolKind;
import io.scry.protocol.v1.Redaction;
import io.scry.protocol.v1.ReplayResult;
import io.scry.protocol.v1.Statement;
import io.scry.proxy.ProxyConfig;
import io.scry.proxy.ProxyServer;
import io.scry.proxy.capture.PseudonymKey;
import io.scry.testsupport.PostgresExtension;
import io.scry.worker.replay.ReplaySettings;
import io.scry.worker.replay.ShardReplay;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.stream.Materializer;
import org.apache.pekko.stream.javadsl.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workload captured through a pseudonymizing proxy replays like the same workload captured in the
 * clear: the same patterns, counts, rows and errors, while no captured value reaches disk.
 */
class PseudonymizedReplayIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  private static final ActorSystem SYSTEM = ActorSystem.create("pseudonym-replay-test");
  private static final String KEY = "a8f3c1d9e27b4650b1c2d3e4f5a6b7c8";

  private static final String[] NAMES = {
    "Alice Smith", "Bob O'Brien", "Zoë Müller", "Chandra Patel", "Dmitri Ivanov"
  };

  private static final String SCHEMA =
      "CREATE TABLE customers ("
          + " id int PRIMARY KEY, email text UNIQUE NOT NULL, name varchar(40) NOT NULL,"
          + " balance numeric(10,2) NOT NULL CHECK (balance >= 0), token uuid, photo bytea,"
          + " created date, vip boolean);"
          + " CREATE TABLE orders ("
          + " id bigint PRIMARY KEY, customer_id int NOT NULL REFERENCES customers,"
          + " amount numeric(8,2), note text)";

  @AfterAll
  static void stopActors() {
    SYSTEM.terminate();
  }

  @Test
  void aPseudonymizedCaptureReplaysLikeTheOriginal(@TempDir Path dir) throws Exception {
    Path keyFile = dir.resolve("pseudonym.key");
    Files.writeString(keyFile, KEY + "\n");

    Path plainDir = dir.resolve("plain");
    Path pseudoDir = dir.resolve("pseudo");
    capture(database("src_plain"), plainDir, null);
    capture(database("src_pseudo"), pseudoDir, PseudonymKey.read(keyFile));

    List<CaptureEvent> plain = events(plainDir);
    List<CaptureEvent> pseudo = events(pseudoDir);

    // The captures agree statement by statement on pattern and outcome.
    assertEquals(outcomes(plain), outcomes(pseudo));
    List<Statement> statements = statements(pseudo);
    assertTrue(statements.size() > 100, "" + statements.size());
    for (Statement statement : statements) {
      assertEquals(Redaction.REDACTION_PSEUDONYMS, statement.getRedaction());
      assertFalse(statement.getRedacted());
    }
    assertTrue(
        statements.stream()
            .flatMap(s -> s.getParametersList().stream())
            .anyMatch(p -> p.getFormat() == 1),
        "the client sent binary parameters");
    assertTrue(
        statements.stream()
            .flatMap(s -> s.getParametersList().stream())
            .anyMatch(p -> p.getFormat() == 0 && !p.getIsNull()),
        "the client sent text parameters");
    assertTrue(
        statements.stream().anyMatch(s -> s.getProtocol() == ProtocolKind.PROTOCOL_SIMPLE),
        "simple protocol");
    assertTrue(
        statements.stream().anyMatch(s -> s.getOutcome() == Outcome.OUTCOME_ERROR), "errors");

    // Replayed against fresh copies of the source, they give the same patterns, counts, rows and
    // errors (SQLSTATE by pattern).
    ReplayResult plainReplay = replay(plain, database("shadow_plain"));
    ReplayResult pseudoReplay = replay(pseudo, database("shadow_pseudo"));
    assertEquals(profile(plainReplay), profile(pseudoReplay));
    assertTrue(plainReplay.getStatements() > 200, "" + plainReplay.getStatements());
    assertTrue(
        plainReplay.getPatternsList().stream().anyMatch(p -> p.getErrorCount() > 0),
        "errors replayed");

    // No original value, and not the key, in the pseudonymized capture's bytes; all of them in the
    // plain one (so that the check means something).
    List<byte[]> secrets = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      secrets.add(utf8(email(i)));
      secrets.add(utf8(token(i).toString()));
      secrets.add(uuidBytes(token(i)));
      secrets.add(utf8(photo(i)));
      secrets.add(utf8(note(i)));
      secrets.add(utf8(String.valueOf(orderId(i))));
    }
    for (String name : NAMES) {
      secrets.add(utf8(name));
    }
    secrets.add(utf8("example.com"));
    secrets.add(utf8("it''s shipped"));
    secrets.add(utf8("dollar body"));
    byte[] plainBytes = bytes(plainDir);
    byte[] pseudoBytes = bytes(pseudoDir);
    for (byte[] secret : secrets) {
      String shown = new String(secret, StandardCharsets.ISO_8859_1);
      assertTrue(indexOf(plainBytes, secret) >= 0, "the plain capture holds " + shown);
      assertEquals(-1, indexOf(pseudoBytes, secret), "the pseudonymized capture holds " + shown);
    }
    assertEquals(-1, indexOf(pseudoBytes, utf8(KEY)));
  }

  // ------------------------------------------------------------------ workload

  private static String database(String name) throws SQLException {
    PG.createDatabase(name);
    PG.execute(name, SCHEMA);
    return name;
  }

  private static String email(int i) {
    return "user" + i + "@example.com";
  }

  private static UUID token(int i) {
    return UUID.nameUUIDFromBytes(("token-" + i).getBytes(StandardCharsets.UTF_8));
  }

  private static String photo(int i) {
    return "photo-bytes-" + i;
  }

  private static String note(int i) {
    return "note for customer " + i;
  }

  private static int customerId(int i) {
    return 1000 + 37 * i;
  }

  private static long orderId(int i) {
    return 5_000_000_000L + i;
  }

  /** Runs the workload against {@code database} through a proxy capturing into {@code dir}. */
  private static void capture(String database, Path dir, PseudonymKey key) throws Exception {
    try (ProxyServer proxy =
        ProxyServer.start(
            ProxyConfig.builder()
                .upstream(PG.host(), PG.port())
                .captureDir(dir)
                .proxyId("pseudo-test")
                .pseudonymize(key)
                .build())) {
      String url = "jdbc:postgresql://127.0.0.1:" + proxy.localAddress().getPort() + "/" + database;
      extendedSession(url);
      simpleSession(url);
    }
  }

  private static Connection connect(String url, String queryMode) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", PostgresExtension.USER);
    properties.setProperty("password", PostgresExtension.PASSWORD);
    properties.setProperty("preferQueryMode", queryMode);
    properties.setProperty("prepareThreshold", "1");
    return DriverManager.getConnection(url, properties);
  }

  /** Extended protocol: inserts, then lookups, joins and updates by the inserted keys. */
  private static void extendedSession(String url) throws SQLException {
    try (Connection c = connect(url, "extended")) {
      try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO customers (id, email, name, balance, token, photo, created, vip)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement order =
              c.prepareStatement(
                  "INSERT INTO orders (id, customer_id, amount, note) VALUES (?, ?, ?, ?)")) {
        for (int i = 1; i <= 20; i++) {
          insert.setInt(1, customerId(i));
          insert.setString(2, email(i));
          insert.setString(3, NAMES[i % NAMES.length] + " " + i);
          insert.setBigDecimal(4, new BigDecimal("100.25").add(BigDecimal.valueOf(i)));
          insert.setObject(5, token(i));
          insert.setBytes(6, photo(i).getBytes(StandardCharsets.UTF_8));
          insert.setDate(7, Date.valueOf("2024-01-" + (10 + i)));
          insert.setBoolean(8, i % 3 == 0);
          insert.executeUpdate();
          order.setLong(1, orderId(i));
          order.setInt(2, customerId(i));
          order.setBigDecimal(3, new BigDecimal("19.99").multiply(BigDecimal.valueOf(i)));
          order.setString(4, note(i));
          order.executeUpdate();
        }
      }
      for (int i = 1; i <= 20; i++) {
        query(c, "SELECT name, balance FROM customers WHERE id = ?", customerId(i));
        query(
            c,
            "SELECT c.name, o.amount FROM customers c JOIN orders o ON o.customer_id = c.id"
                + " WHERE c.email = ?",
            email(i));
        query(c, "SELECT id FROM customers WHERE token = ?", token(i));
        query(
            c,
            "SELECT id FROM customers WHERE photo = ?",
            photo(i).getBytes(StandardCharsets.UTF_8));
        query(c, "SELECT customer_id FROM orders WHERE id = ?", orderId(i));
        update(
            c,
            "UPDATE customers SET balance = balance + ? WHERE id = ?",
            new BigDecimal("1.50"),
            customerId(i));
      }
      // Failures: a duplicate key, a missing customer, a value that is not a number.
      failing(
          c,
          "INSERT INTO customers (id, email, name, balance) VALUES (?, ?, ?, ?)",
          customerId(1),
          "again@example.com",
          "Again",
          BigDecimal.ONE);
      failing(c, "INSERT INTO orders (id, customer_id) VALUES (?, ?)", 42L, 999_999);
      failing(c, "SELECT id FROM customers WHERE id = ?::int", "not a number");
    }
  }

  /** Simple protocol: literals in the SQL text, strings of every quoting, and failures. */
  private static void simpleSession(String url) throws SQLException {
    try (Connection c = connect(url, "simple");
        java.sql.Statement s = c.createStatement()) {
      for (int i = 1; i <= 20; i++) {
        s.executeQuery("SELECT name FROM customers WHERE email = '" + email(i) + "'").close();
        s.executeUpdate(
            "UPDATE orders SET note = 'it''s shipped', amount = amount * 1.1 WHERE id = "
                + orderId(i));
        s.executeQuery(
                "SELECT count(*) FROM customers c JOIN orders o ON o.customer_id = c.id"
                    + " WHERE c.id IN ("
                    + customerId(i)
                    + ", "
                    + customerId(i + 1)
                    + ") AND o.note LIKE '%shipped'")
            .close();
        s.executeQuery(
                "SELECT $$dollar body$$ || name FROM customers WHERE id = "
                    + customerId(i)
                    + " AND token = '"
                    + token(i)
                    + "' ORDER BY 1 LIMIT 5")
            .close();
        s.executeQuery(
                "SELECT E'tab\\there', name FROM customers /* customer "
                    + i
                    + " */ WHERE email = E'"
                    + email(i)
                    + "' AND balance > -3 AND created >= DATE '2024-01-01'")
            .close();
        query(
            c,
            "SELECT name FROM customers WHERE id = ? AND photo = ?",
            customerId(i),
            photo(i).getBytes(StandardCharsets.UTF_8));
      }
      failingSql(s, "SELECT 'abc'::int");
      failingSql(
          s,
          "INSERT INTO customers (id, email, name, balance) VALUES (7777, 'neg@example.com', 'Negative', -5.00)");
      failingSql(
          s,
          "INSERT INTO customers (id, email, name, balance) VALUES ("
              + customerId(2)
              + ", 'x@example.com', 'X', 1.00)");
      failingSql(s, "SELEC 1");
      s.executeQuery("SELECT 1e5, .5, -3").close();
    }
  }

  private static void query(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        p.setObject(i + 1, parameters[i]);
      }
      p.executeQuery().close();
    }
  }

  private static void update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        p.setObject(i + 1, parameters[i]);
      }
      p.executeUpdate();
    }
  }

  private static void failing(Connection c, String sql, Object... parameters) {
    try {
      update(c, sql, parameters);
      throw new AssertionError("expected to fail: " + sql);
    } catch (SQLException expected) {
      // captured with its SQLSTATE
    }
  }

  private static void failingSql(java.sql.Statement s, String sql) {
    try {
      s.execute(sql);
      throw new AssertionError("expected to fail: " + sql);
    } catch (SQLException expected) {
      // captured with its SQLSTATE
    }
  }

  // ------------------------------------------------------------------ captures and replays

  private static List<CaptureEvent> events(Path dir) throws IOException {
    try (CaptureDirectory capture = CaptureDirectory.open(dir)) {
      return capture.stream().toList(); // merged in start order, as a replay job reads it
    }
  }

  private static List<Statement> statements(List<CaptureEvent> events) {
    return events.stream()
        .filter(CaptureEvent::hasStatement)
        .map(CaptureEvent::getStatement)
        .toList();
  }

  /** Per statement, in order: its pattern, outcome and SQLSTATE. */
  private static List<String> outcomes(List<CaptureEvent> events) {
    return statements(events).stream()
        .map(
            s ->
                Fingerprinter.fingerprint(s.getSql()).normalized()
                    + " -> "
                    + s.getOutcome()
                    + " "
                    + s.getSqlstate()
                    + " rows="
                    + s.getRows())
        .toList();
  }

  private static ReplayResult replay(List<CaptureEvent> events, String database) throws Exception {
    long captureStart = events.get(0).getStartUnixNanos();
    Instant now = Instant.now();
    ReplaySettings settings =
        new ReplaySettings(
            "pseudonyms",
            1,
            PG.url(database),
            ReplayMode.STRESS,
            1.0,
            captureStart,
            now.getEpochSecond() * 1_000_000_000L + now.getNano(),
            1,
            Duration.ofSeconds(30));
    return ShardReplay.run(Source.from(events), settings, Materializer.matFromSystem(SYSTEM))
        .toCompletableFuture()
        .get(120, TimeUnit.SECONDS);
  }

  /** By pattern: count, rows, errors by SQLSTATE, and replay artifacts. */
  private static Map<String, String> profile(ReplayResult result) {
    Map<String, String> profile = new TreeMap<>();
    for (PatternResult pattern : result.getPatternsList()) {
      profile.put(
          pattern.getNormalizedSql(),
          "count="
              + pattern.getCount()
              + " rows="
              + pattern.getRows()
              + " errors="
              + sqlstates(pattern.getErrorsList())
              + " artifacts="
              + sqlstates(pattern.getArtifactsList()));
    }
    profile.put("(statements)", String.valueOf(result.getStatements()));
    return profile;
  }

  private static Map<String, Long> sqlstates(List<ErrorCount> errors) {
    return errors.stream()
        .collect(
            Collectors.toMap(
                ErrorCount::getSqlstate, ErrorCount::getCount, Long::sum, TreeMap::new));
  }

  private static byte[] bytes(Path dir) throws IOException {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        all.write(Files.readAllBytes(file));
      }
    }
    return all.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] uuidBytes(UUID uuid) {
    return java.nio.ByteBuffer.allocate(16)
        .putLong(uuid.getMostSignificantBits())
        .putLong(uuid.getLeastSignificantBits())
        .array();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
