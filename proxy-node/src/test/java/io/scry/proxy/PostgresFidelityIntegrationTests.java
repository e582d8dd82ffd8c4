package io.scry.proxy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.segment.CaptureCompleteness;
import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.GapReason;
import io.scry.protocol.v1.Outcome;
import io.scry.testsupport.PostgresExtension;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proxy behaves toward clients as PostgreSQL does: each case is run against a direct connection
 * to the same server and through the proxy, and the answers are compared.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PostgresFidelityIntegrationTests {

  static final int MAX_CONNECTIONS = 8;

  @RegisterExtension
  static final PostgresExtension PG =
      new PostgresExtension(
          Map.of(
              "authentication_timeout", "1s",
              "max_connections", Integer.toString(MAX_CONNECTIONS),
              "superuser_reserved_connections", "0"));

  @TempDir Path captureDir;

  private static RawConnection.Answer answer(int port, byte[] sent, int waitMillis)
      throws Exception {
    try (RawConnection connection = new RawConnection(port)) {
      return connection.send(sent).answer(waitMillis);
    }
  }

  @Test
  void anImpossibleStartupPacketLengthIsClosedWithoutAReply() throws Exception {
    try (ProxyHarness harness = ProxyHarness.start(PG, captureDir)) {
      for (int length : new int[] {3, 7, 10_005, Integer.MAX_VALUE}) {
        byte[] sent = ByteBuffer.allocate(4).putInt(length).array();
        RawConnection.Answer direct = answer(PG.port(), sent, 5_000);
        RawConnection.Answer proxied = answer(harness.port(), sent, 5_000);
        assertTrue(direct.closed() && direct.bytes().length == 0, "PostgreSQL: " + direct);
        assertTrue(proxied.closed(), "proxy closes on length " + length);
        assertArrayEquals(direct.bytes(), proxied.bytes(), "no reply to length " + length);
      }
    }
  }

  @Test
  void anotherProtocolVersionGetsPostgresqlsAnswer() throws Exception {
    try (ProxyHarness harness = ProxyHarness.start(PG, captureDir)) {
      for (int version : new int[] {0x10000, 0x20000}) {
        byte[] sent = RawConnection.packet(version, RawConnection.POSTGRES_STARTUP_PARAMETERS);
        RawConnection.Answer direct = answer(PG.port(), sent, 5_000);
        RawConnection.Answer proxied = answer(harness.port(), sent, 5_000);
        assertTrue(direct.text().contains("unsupported frontend protocol"), direct.text());
        assertEquals(direct.text(), proxied.text(), "pre-3.0 clients get the pre-3.0 format");
        assertTrue(proxied.closed());
      }
      byte[] sent = RawConnection.packet(0x40000, RawConnection.POSTGRES_STARTUP_PARAMETERS);
      Map<Character, String> direct = answer(PG.port(), sent, 5_000).errorFields();
      RawConnection.Answer proxied = answer(harness.port(), sent, 5_000);
      assertTrue(proxied.closed());
      Map<Character, String> fields = proxied.errorFields();
      assertEquals("0A000", direct.get('C'));
      for (char code : new char[] {'S', 'V', 'C', 'M'}) {
        assertEquals(direct.get(code), fields.get(code), "field " + code);
      }
    }
  }

  @Test
  void aClientThatSendsNoStartupPacketIsClosedAfterTheTimeoutWithoutAReply() throws Exception {
    try (ProxyHarness harness =
        ProxyHarness.start(PG, captureDir, b -> b.startupTimeout(Duration.ofSeconds(1)))) {
      byte[] halfAPacket = ByteBuffer.allocate(6).putInt(40).putShort((short) 3).array();
      for (byte[] sent : List.of(new byte[0], halfAPacket)) {
        RawConnection.Answer direct = answer(PG.port(), sent, 10_000);
        RawConnection.Answer proxied = answer(harness.port(), sent, 10_000);
        assertTrue(direct.closed() && direct.bytes().length == 0, "PostgreSQL: " + direct);
        assertTrue(proxied.closed(), "proxy closed after its startup timeout");
        assertEquals(0, proxied.bytes().length, "without a reply");
        assertTrue(proxied.millis() >= 900, "not before the timeout: " + proxied.millis());
      }
      assertEquals(0, harness.proxy.metrics().sessionsTotal());
    }
  }

  @Test
  void beyondMaxConnectionsAClientIsToldTooManyClientsLikePostgresql() throws Exception {
    List<Connection> open = new ArrayList<>();
    try (ProxyHarness harness = ProxyHarness.start(PG, captureDir, b -> b.maxConnections(2))) {
      open.add(harness.connect("postgres", ""));
      open.add(harness.connect("postgres", ""));
      SQLException proxied =
          assertThrows(SQLException.class, () -> harness.connect("postgres", ""));
      SQLException direct = null;
      for (int i = 0; i <= MAX_CONNECTIONS && direct == null; i++) {
        try {
          open.add(PG.connect("postgres"));
        } catch (SQLException e) {
          direct = e;
        }
      }
      assertEquals("53300", direct.getSQLState(), direct.getMessage());
      assertEquals(direct.getSQLState(), proxied.getSQLState());
      assertEquals(direct.getMessage(), proxied.getMessage());
      assertEquals(1, harness.proxy.metrics().connectionsRefused());
      for (Connection c : open) {
        c.close();
      }
      open.clear();
      try (Connection again = connectWithin(harness, Duration.ofSeconds(10));
          ResultSet rs = again.createStatement().executeQuery("SELECT 1")) {
        assertTrue(rs.next(), "a free slot is usable again");
      }
    } finally {
      for (Connection c : open) {
        c.close();
      }
    }
  }

  private static Connection connectWithin(ProxyHarness harness, Duration wait) throws Exception {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      try {
        return harness.connect("postgres", "");
      } catch (SQLException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(50);
      }
    }
  }

  @Test
  void aStatementEndedByAFatalErrorIsCapturedOnceBeforeTheSessionEnd() throws Exception {
    // The simple protocol, as psql and psycopg2 use it: the Query stays pending until
    // ReadyForQuery, which never comes after a FATAL error.
    SQLException direct =
        terminatedWhileSleeping(
            DriverManager.getConnection(
                PG.jdbcUrl("postgres") + "?preferQueryMode=simple",
                PostgresExtension.USER,
                PostgresExtension.PASSWORD));
    try (ProxyHarness harness = ProxyHarness.start(PG, captureDir)) {
      SQLException proxied =
          terminatedWhileSleeping(harness.connect("postgres", "preferQueryMode=simple"));
      assertEquals("57P01", direct.getSQLState());
      assertEquals(direct.getSQLState(), proxied.getSQLState());
      assertEquals(direct.getMessage(), proxied.getMessage());
      Captures captures = harness.stopAndRead();
      List<CaptureEvent> session =
          captures.events().stream()
              .filter(e -> e.getSessionId() == captures.sessionStarts().get(0).getSessionId())
              .toList();
      List<CaptureEvent> sleeps =
          session.stream()
              .filter(e -> e.hasStatement() && e.getStatement().getSql().contains("pg_sleep(60)"))
              .toList();
      assertEquals(1, sleeps.size(), "captured once: " + session);
      assertEquals(Outcome.OUTCOME_ERROR, sleeps.get(0).getStatement().getOutcome());
      assertEquals("57P01", sleeps.get(0).getStatement().getSqlstate());
      CaptureEvent last = session.get(session.size() - 1);
      assertTrue(last.hasSessionEnd(), "the session end comes last: " + session);
      assertTrue(sleeps.get(0).getSequence() < last.getSequence());
    }
  }

  /** Runs a long statement on {@code victim} and terminates its backend from another session. */
  private static SQLException terminatedWhileSleeping(Connection victim) throws Exception {
    try (victim) {
      CompletableFuture<SQLException> failure =
          CompletableFuture.supplyAsync(
              () -> {
                try (Statement s = victim.createStatement()) {
                  s.execute("SELECT pg_sleep(60)");
                  return null;
                } catch (SQLException e) {
                  return e;
                }
              });
      try (Connection killer = PG.connect("postgres");
          PreparedStatement terminate =
              killer.prepareStatement(
                  "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                      + " WHERE query = 'SELECT pg_sleep(60)' AND state = 'active'")) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        boolean terminated = false;
        while (!terminated && System.nanoTime() < deadline) {
          try (ResultSet rs = terminate.executeQuery()) {
            terminated = rs.next();
          }
          Thread.sleep(20);
        }
        assertTrue(terminated, "found the sleeping backend");
      }
      SQLException e = failure.get(30, TimeUnit.SECONDS);
      assertTrue(e != null, "the statement failed");
      return e;
    }
  }

  @Test
  void aClientThatSentTerminateIsRecordedAsTerminateWhoeverClosesFirst() throws Exception {
    try (ProxyHarness harness = ProxyHarness.start(PG, captureDir)) {
      for (int i = 0; i < 20; i++) {
        try (Connection c = harness.connect("postgres", "");
            ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
          assertTrue(rs.next());
        } // close() sends Terminate; the server closes its side at once
      }
      List<CaptureEvent> ends = harness.stopAndRead().sessionEnds();
      assertEquals(20, ends.size());
      for (CaptureEvent end : ends) {
        assertEquals("terminate", end.getSessionEnd().getReason());
      }
    }
  }

  @Test
  void aMessageOverTheLimitEndsOnlyThatSessionWithAPostgresqlError() throws Exception {
    // Far over the limit: most of it is still on its way when the proxy answers, and a connection
    // closed on unread bytes is reset, which would lose the error (the client saw 08006).
    String big = "SELECT length('" + "x".repeat(4_000_000) + "')";
    try (Connection direct = PG.connect("postgres");
        ResultSet rs = direct.createStatement().executeQuery(big)) {
      assertTrue(rs.next(), "PostgreSQL's own limit is 1 GiB");
      assertEquals(4_000_000, rs.getInt(1));
    }
    try (ProxyHarness harness =
            ProxyHarness.start(PG, captureDir, b -> b.maxMessageLength(64 * 1024));
        Connection healthy = harness.connect("postgres", "");
        Connection breaking = harness.connect("postgres", "")) {
      SQLException e =
          assertThrows(SQLException.class, () -> breaking.createStatement().executeQuery(big));
      assertEquals("54000", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("max-message-size"), e.getMessage());
      assertTrue(breaking.isClosed() || !breaking.isValid(2), "that client's session is over");
      try (ResultSet rs = healthy.createStatement().executeQuery("SELECT 'unaffected'")) {
        assertTrue(rs.next());
      }
    }
  }

  @Test
  void aStatementTooLargeForACaptureFrameIsAGapNotASilentLoss() throws Exception {
    try (ProxyHarness harness = ProxyHarness.start(PG, captureDir)) {
      try (Connection c = harness.connect("postgres", "")) {
        c.createStatement().execute("CREATE TEMP TABLE blobs (b bytea)");
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO blobs VALUES (?)")) {
          insert.setBytes(1, new byte[17 * 1024 * 1024]); // a 17 MiB parameter
          assertEquals(1, insert.executeUpdate(), "forwarded and executed");
        }
        try (ResultSet rs = c.createStatement().executeQuery("SELECT octet_length(b) FROM blobs")) {
          assertTrue(rs.next());
          assertEquals(17 * 1024 * 1024, rs.getInt(1));
        }
      }
      harness.proxy.close();
      CaptureCompleteness completeness;
      try (CaptureDirectory directory = CaptureDirectory.open(captureDir)) {
        completeness = directory.summarize().completeness();
      }
      assertEquals(1, completeness.statementsLost(), completeness.toString());
      assertEquals(Map.of(GapReason.GAP_EVENT_TOO_LARGE, 1L), completeness.lostByReason());
      assertEquals(1, completeness.incompleteSessions().size());
      assertEquals(1, harness.proxy.metrics().gapsRecorded());
      List<String> captured =
          harness.stopAndRead().statements().stream().map(s -> s.getSql()).toList();
      assertTrue(captured.contains("SELECT octet_length(b) FROM blobs"), captured.toString());
    }
  }

  @Test
  void eventsDroppedByAFullQueueAreAllAccountedForInGaps() throws Exception {
    try (ProxyHarness harness =
        ProxyHarness.start(PG, captureDir, b -> b.captureQueueCapacity(1))) {
      List<CompletableFuture<Void>> clients = new ArrayList<>();
      for (int client = 0; client < 3; client++) {
        clients.add(
            CompletableFuture.runAsync(
                () -> {
                  try (Connection c =
                          DriverManager.getConnection(
                              harness.jdbcUrl("postgres", ""),
                              PostgresExtension.USER,
                              PostgresExtension.PASSWORD);
                      PreparedStatement select = c.prepareStatement("SELECT ?::int")) {
                    for (int i = 0; i < 1_000; i++) {
                      select.setInt(1, i);
                      select.executeQuery().close();
                    }
                  } catch (SQLException e) {
                    throw new IllegalStateException(e);
                  }
                }));
      }
      CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);
      harness.proxy.close();
      ProxyMetrics metrics = harness.proxy.metrics();
      assertTrue(metrics.eventsDropped() > 0, "a one-event queue must overflow");
      CaptureCompleteness completeness;
      try (CaptureDirectory directory = CaptureDirectory.open(captureDir)) {
        completeness = directory.summarize().completeness();
      }
      assertEquals(
          metrics.statementsForwarded(),
          completeness.statementsCaptured() + completeness.statementsLost(),
          "every forwarded statement is captured or counted in a gap: " + completeness);
      assertEquals(metrics.eventsDropped(), completeness.eventsLost());
      assertFalse(completeness.complete());
      assertTrue(completeness.ratio() < 1.0);
    }
  }
}
