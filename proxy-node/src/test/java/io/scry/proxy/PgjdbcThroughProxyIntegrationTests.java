package io.scry.proxy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.v1.Outcome;
import io.scry.protocol.v1.ProtocolKind;
import io.scry.protocol.v1.Statement;
import io.scry.testsupport.PostgresExtension;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.copy.CopyManager;

/** pgjdbc through the proxy: same results as direct, and the capture holds exactly what ran. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PgjdbcThroughProxyIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();
  static final String DB = "proxied";

  @TempDir Path captureDir;
  ProxyHarness harness;

  @BeforeAll
  static void createSchema() throws SQLException {
    PG.createDatabase(DB);
    PG.execute(
        DB,
        "CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL, price numeric)",
        "INSERT INTO items SELECT g, 'item ' || g, g * 1.5 FROM generate_series(1, 100) g");
  }

  @BeforeEach
  void startProxy() throws Exception {
    harness = ProxyHarness.start(PG, captureDir);
  }

  @AfterEach
  void stopProxy() throws Exception {
    harness.close();
  }

  @Test
  void theServerSessionsOfTheProxysClientsAreKnownByPortAndProcessId() throws Exception {
    List<Integer> ports = new ArrayList<>();
    List<Integer> pids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      try (Connection c = harness.connect(DB, "");
          ResultSet rs =
              c.createStatement().executeQuery("SELECT inet_client_port(), pg_backend_pid()")) {
        rs.next();
        ports.add(rs.getInt(1));
        pids.add(rs.getInt(2));
      }
    }
    harness.proxy.close();

    assertTrue(
        harness.proxy.upstreamPorts().containsAll(ports),
        harness.proxy.upstreamPorts() + " " + ports);
    assertTrue(harness.proxy.upstreamProcessIds().containsAll(pids), "still known after close");
    assertEquals(2, harness.proxy.upstreamProcessIds().size());
    try (Connection direct = PG.connect(DB);
        ResultSet rs =
            direct.createStatement().executeQuery("SELECT inet_client_port(), pg_backend_pid()")) {
      rs.next();
      assertTrue(!harness.proxy.upstreamPorts().contains(rs.getInt(1)), "a direct session is not");
      assertTrue(!harness.proxy.upstreamProcessIds().contains(rs.getInt(2)));
    }
  }

  @Test
  void simpleQueryModeCapturesSqlAndRows() throws Exception {
    try (Connection c = harness.connect(DB, "preferQueryMode=simple");
        java.sql.Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM items WHERE id <= 7 ORDER BY id")) {
      int rows = 0;
      while (rs.next()) {
        rows++;
      }
      assertEquals(7, rows);
    }
    List<Statement> statements = harness.stopAndRead().statements();
    assertEquals(1, statements.size(), statements::toString);
    Statement statement = statements.get(0);
    assertEquals(ProtocolKind.PROTOCOL_SIMPLE, statement.getProtocol());
    assertEquals("SELECT id FROM items WHERE id <= 7 ORDER BY id", statement.getSql());
    assertEquals("SELECT 7", statement.getCommandTag());
    assertEquals(7, statement.getRows());
    assertEquals(Outcome.OUTCOME_OK, statement.getOutcome());
  }

  @Test
  void extendedProtocolCapturesParameters() throws Exception {
    try (Connection c = harness.connect(DB, "prepareThreshold=0");
        PreparedStatement ps =
            c.prepareStatement("SELECT name FROM items WHERE id = ? AND name = ?")) {
      ps.setInt(1, 42);
      ps.setString(2, "item 42");
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("item 42", rs.getString(1));
      }
    }
    List<Statement> statements = harness.stopAndRead().statements();
    assertEquals(1, statements.size(), statements::toString);
    Statement statement = statements.get(0);
    assertEquals(ProtocolKind.PROTOCOL_EXTENDED, statement.getProtocol());
    assertEquals("SELECT name FROM items WHERE id = $1 AND name = $2", statement.getSql());
    assertEquals(1, statement.getRows());
    assertEquals(2, statement.getParametersCount());
    // pgjdbc binds setInt as int4 in binary and setString as varchar (OID 1043) in text.
    assertEquals(23, statement.getParameters(0).getTypeOid());
    assertEquals(1, statement.getParameters(0).getFormat());
    assertArrayEquals(
        new byte[] {0, 0, 0, 42}, statement.getParameters(0).getValue().toByteArray());
    assertEquals(1043, statement.getParameters(1).getTypeOid());
    assertEquals("item 42", statement.getParameters(1).getValue().toString(StandardCharsets.UTF_8));
  }

  @Test
  void serverPreparedStatementsKeepTheirNameAndSql() throws Exception {
    try (Connection c = harness.connect(DB, "prepareThreshold=1");
        PreparedStatement ps = c.prepareStatement("SELECT price FROM items WHERE id = ?")) {
      for (int id = 1; id <= 5; id++) {
        ps.setInt(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next());
        }
      }
    }
    List<Statement> statements = harness.stopAndRead().statements();
    assertEquals(5, statements.size(), statements::toString);
    for (int i = 0; i < 5; i++) {
      Statement statement = statements.get(i);
      assertEquals("SELECT price FROM items WHERE id = $1", statement.getSql());
      assertEquals(1, statement.getRows());
      assertArrayEquals(
          new byte[] {0, 0, 0, (byte) (i + 1)},
          statement.getParameters(0).getValue().toByteArray());
    }
    assertTrue(statements.get(4).getStatementName().startsWith("S_"), statements.get(4)::toString);
  }

  @Test
  void batchIsOneEventPerExecution() throws Exception {
    try (Connection c = harness.connect(DB, "");
        PreparedStatement ps = c.prepareStatement("INSERT INTO items VALUES (?, ?, NULL)")) {
      c.setAutoCommit(false);
      for (int id = 1001; id <= 1010; id++) {
        ps.setInt(1, id);
        ps.setString(2, "batch " + id);
        ps.addBatch();
      }
      int[] counts = ps.executeBatch();
      assertEquals(10, counts.length);
      c.rollback();
    }
    List<Statement> statements = harness.stopAndRead().statements();
    List<Statement> inserts =
        statements.stream().filter(s -> s.getSql().startsWith("INSERT")).toList();
    assertEquals(10, inserts.size(), statements::toString);
    for (int i = 0; i < 10; i++) {
      assertEquals("INSERT 0 1", inserts.get(i).getCommandTag());
      assertEquals(1, inserts.get(i).getRows());
      assertEquals(
          "batch " + (1001 + i), inserts.get(i).getParameters(1).getValue().toStringUtf8());
    }
    // BEGIN (sent by pgjdbc before the batch), 10 inserts, ROLLBACK.
    assertEquals(12, statements.size(), statements::toString);
    assertEquals("BEGIN", statements.get(0).getSql());
    assertEquals("ROLLBACK", statements.get(11).getSql());
  }

  @Test
  void errorInAPipelineDiscardsTheRestUntilSync() throws Exception {
    try (Connection c = harness.connect(DB, "");
        PreparedStatement ps = c.prepareStatement("INSERT INTO items VALUES (?, 'dup', NULL)")) {
      for (int id : new int[] {2001, 2002, 1, 2003, 2004}) { // id 1 exists: unique violation
        ps.setInt(1, id);
        ps.addBatch();
      }
      assertThrows(BatchUpdateException.class, ps::executeBatch);
    }
    List<Statement> statements = harness.stopAndRead().statements();
    // Autocommit batch: one implicit transaction; 2001 and 2002 ran, 1 failed, 2003/2004 were
    // discarded by the server and must not appear.
    assertEquals(3, statements.size(), statements::toString);
    assertEquals(Outcome.OUTCOME_OK, statements.get(0).getOutcome());
    assertEquals(Outcome.OUTCOME_OK, statements.get(1).getOutcome());
    Statement failed = statements.get(2);
    assertEquals(Outcome.OUTCOME_ERROR, failed.getOutcome());
    assertEquals("23505", failed.getSqlstate());
    assertArrayEquals(new byte[] {0, 0, 0, 1}, failed.getParameters(0).getValue().toByteArray());
  }

  @Test
  void severalStatementsInOneQueryAreOneEventEach() throws Exception {
    try (Connection c = harness.connect(DB, "preferQueryMode=simple");
        java.sql.Statement s = c.createStatement()) {
      s.execute(
          "SELECT 1; SELECT id FROM items WHERE id < 4; UPDATE items SET price = price WHERE id < 3");
    }
    List<Statement> statements = harness.stopAndRead().statements();
    assertEquals(3, statements.size(), statements::toString);
    assertEquals("SELECT 1", statements.get(0).getSql());
    assertEquals(1, statements.get(0).getRows());
    assertEquals("SELECT id FROM items WHERE id < 4", statements.get(1).getSql());
    assertEquals(3, statements.get(1).getRows());
    assertEquals("UPDATE items SET price = price WHERE id < 3", statements.get(2).getSql());
    assertEquals("UPDATE 2", statements.get(2).getCommandTag());
    assertEquals(2, statements.get(2).getRows());
  }

  @Test
  void fetchSizeSuspendsThePortal() throws Exception {
    try (Connection c = harness.connect(DB, "")) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM items ORDER BY id")) {
        ps.setFetchSize(40);
        int rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows++;
          }
        }
        assertEquals(100, rows);
      }
      c.commit();
    }
    List<Statement> statements = harness.stopAndRead().statementsMatching("FROM items");
    assertEquals(3, statements.size(), statements::toString);
    assertEquals(Outcome.OUTCOME_SUSPENDED, statements.get(0).getOutcome());
    assertEquals(40, statements.get(0).getRows());
    assertEquals(40, statements.get(0).getMaxRows());
    assertEquals(Outcome.OUTCOME_SUSPENDED, statements.get(1).getOutcome());
    assertEquals(40, statements.get(1).getRows());
    assertEquals(Outcome.OUTCOME_OK, statements.get(2).getOutcome());
    assertEquals(20, statements.get(2).getRows());
  }

  @Test
  void copyInAndOutPassThroughAndCountRows() throws Exception {
    String copied;
    try (Connection c = harness.connect(DB, "")) {
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      c.createStatement().execute("CREATE TEMP TABLE t (id int, name text)");
      long in = copy.copyIn("COPY t FROM STDIN", new StringReader("1\tone\n2\ttwo\n3\tthree\n"));
      assertEquals(3, in);
      StringWriter out = new StringWriter();
      long outRows = copy.copyOut("COPY t TO STDOUT", out);
      assertEquals(3, outRows);
      copied = out.toString();
    }
    assertEquals("1\tone\n2\ttwo\n3\tthree\n", copied);
    List<Statement> statements = harness.stopAndRead().statementsMatching("COPY");
    assertEquals(2, statements.size(), statements::toString);
    assertEquals("COPY t FROM STDIN", statements.get(0).getSql());
    assertEquals(3, statements.get(0).getRows());
    assertEquals("COPY t TO STDOUT", statements.get(1).getSql());
    assertEquals(3, statements.get(1).getRows());
  }

  @Test
  void statementCancelIsForwardedToTheRightSession() throws Exception {
    try (Connection c = harness.connect(DB, "");
        java.sql.Statement s = c.createStatement()) {
      CompletableFuture<Void> cancel =
          CompletableFuture.runAsync(
              () -> {
                try {
                  Thread.sleep(500);
                  s.cancel();
                } catch (Exception e) {
                  throw new RuntimeException(e);
                }
              });
      SQLException e = assertThrows(SQLException.class, () -> s.execute("SELECT pg_sleep(30)"));
      assertEquals("57014", e.getSQLState());
      cancel.get(10, TimeUnit.SECONDS);
      try (ResultSet rs = s.executeQuery("SELECT 'still usable'")) {
        assertTrue(rs.next());
      }
    }
    List<Statement> statements = harness.stopAndRead().statements();
    assertEquals(2, statements.size(), statements::toString);
    assertEquals(Outcome.OUTCOME_CANCELLED, statements.get(0).getOutcome());
    assertEquals("57014", statements.get(0).getSqlstate());
    assertTrue(statements.get(0).getErrorMessage().contains("cancel"));
    assertEquals(Outcome.OUTCOME_OK, statements.get(1).getOutcome());
  }

  @Test
  void clientDisconnectingMidQueryIsRecordedAsCancelled() throws Exception {
    Connection c = harness.connect(DB, "");
    java.sql.Statement s = c.createStatement();
    CompletableFuture<Void> query =
        CompletableFuture.runAsync(
            () -> {
              try {
                s.execute("SELECT pg_sleep(30)");
              } catch (SQLException expected) {
                // the connection is aborted under it
              }
            });
    Thread.sleep(500);
    c.abort(Runnable::run);
    query.get(10, TimeUnit.SECONDS);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (harness.proxy.metrics().sessionsActive() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Captures captures = harness.stopAndRead();
    List<Statement> statements = captures.statements();
    assertEquals(1, statements.size(), statements::toString);
    assertEquals("SELECT pg_sleep(30)", statements.get(0).getSql());
    assertEquals(Outcome.OUTCOME_CANCELLED, statements.get(0).getOutcome());
    assertEquals("client closed", captures.sessionEnds().get(0).getSessionEnd().getReason());
  }

  @Test
  void noticesAndNotificationsAreForwarded() throws Exception {
    try (Connection listener = harness.connect(DB, "");
        Connection notifier = harness.connect(DB, "")) {
      listener.createStatement().execute("LISTEN jobs");
      notifier.createStatement().execute("NOTIFY jobs, 'payload-1'");
      java.sql.Statement s = listener.createStatement();
      s.execute("DO $$ BEGIN RAISE NOTICE 'hello from plpgsql'; END $$");
      SQLWarning warning = s.getWarnings();
      assertEquals("hello from plpgsql", warning.getMessage());
      PGNotification[] notifications = listener.unwrap(PGConnection.class).getNotifications(5000);
      assertEquals(1, notifications.length);
      assertEquals("payload-1", notifications[0].getParameter());
    }
    Captures captures = harness.stopAndRead();
    List<String> sql = new ArrayList<>();
    captures.statements().forEach(st -> sql.add(st.getSql()));
    assertEquals(
        List.of(
            "LISTEN jobs",
            "DO $$ BEGIN RAISE NOTICE 'hello from plpgsql'; END $$",
            "NOTIFY jobs, 'payload-1'"),
        sql);
    assertEquals(2, captures.sessionStarts().size());
  }
}
