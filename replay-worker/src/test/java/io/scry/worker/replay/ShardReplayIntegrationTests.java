package io.scry.worker.replay;

import static io.scry.worker.replay.CaptureScript.int4;
import static io.scry.worker.replay.CaptureScript.nullOf;
import static io.scry.worker.replay.CaptureScript.text;
import static io.scry.worker.replay.ReplayTestSupport.errorsBySqlstate;
import static io.scry.worker.replay.ReplayTestSupport.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.replay.ReplayMode;
import io.scry.protocol.result.Results;
import io.scry.protocol.synthetic.SyntheticCapture;
import io.scry.protocol.v1.Outcome;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ReplayResult;
import io.scry.protocol.v1.StatementDigest;
import io.scry.testsupport.PostgresExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pekko.stream.javadsl.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ShardReplayIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  private static final ReplayTestSupport REPLAY = new ReplayTestSupport();
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private static final String BY_ID = "SELECT name, qty FROM items WHERE id = $1";

  @AfterAll
  static void stop() {
    REPLAY.close();
  }

  /** A fresh database with three items. */
  private static String shop() throws Exception {
    String db = PG.createDatabase("shop" + DATABASES.incrementAndGet());
    PG.execute(
        db,
        "CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL, qty int)",
        "INSERT INTO items VALUES (1, 'apple', 10), (2, 'pear', 20), (3, 'plum', 30)");
    return db;
  }

  /**
   * Every statement that would reach beyond the clone is counted by kind and never reaches the
   * server: the role is not created, the server's settings and the database are unchanged, no
   * program ran. The ordinary statements around them are replayed.
   */
  @Test
  void statementsThatEscapeTheCloneAreSkippedAndCountedNeverReplayed() throws Exception {
    String db = shop();
    java.nio.file.Path marker =
        java.nio.file.Files.createTempDirectory("scry-escape").resolve("program-ran");
    CaptureScript capture = new CaptureScript();
    capture
        .session("p1", 1, 0)
        .simple(1, "ALTER SYSTEM SET work_mem = '64MB'")
        .simple(2, "CREATE ROLE scry_escaped_role LOGIN")
        .simple(3, "ALTER USER postgres CONNECTION LIMIT 3")
        .simple(4, "COPY items FROM PROGRAM 'touch " + marker + "'")
        .simple(5, "ALTER DATABASE " + db + " SET work_mem = '64MB'")
        .simple(6, "SELECT dblink_exec('host=production', 'DELETE FROM items')")
        .simple(7, "CREATE EXTENSION IF NOT EXISTS postgres_fdw")
        .simple(8, "SELECT 1; DROP ROLE IF EXISTS postgres_clone")
        .simple(9, "UPDATE items SET qty = 0 WHERE id = 1")
        .end(10);

    ReplayResult result = REPLAY.stress(capture.events(), PG.url(db));

    assertEquals(
        Map.of(
            "ALTER SYSTEM", 1L,
            "ROLE", 3L,
            "COPY PROGRAM", 1L,
            "ALTER DATABASE", 1L,
            "FOREIGN SERVER", 2L),
        result.getCloneEscapesMap());
    assertEquals(1, result.getStatements(), "only the UPDATE was replayed");
    assertFalse(java.nio.file.Files.exists(marker), "the program never ran");
    try (Connection c = PG.connect(db);
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT (SELECT count(*) FROM pg_roles WHERE rolname = 'scry_escaped_role'),"
                        + " (SELECT count(*) FROM pg_file_settings WHERE name = 'work_mem'"
                        + "   AND sourcefile LIKE '%postgresql.auto.conf'),"
                        + " (SELECT count(*) FROM pg_db_role_setting s JOIN pg_database d"
                        + "   ON d.oid = s.setdatabase WHERE d.datname = current_database()),"
                        + " (SELECT rolconnlimit FROM pg_roles WHERE rolname = 'postgres'),"
                        + " (SELECT qty FROM items WHERE id = 1)")) {
      rs.next();
      assertEquals(0, rs.getInt(1), "role created");
      assertEquals(0, rs.getInt(2), "ALTER SYSTEM written");
      assertEquals(0, rs.getInt(3), "database setting changed");
      assertEquals(-1, rs.getInt(4), "role altered");
      assertEquals(0, rs.getInt(5), "the ordinary statement was replayed");
    }
    assertEquals(
        2L, Results.merge(List.of(result, result)).getCloneEscapesMap().get("ALTER SYSTEM"));
  }

  @Test
  void countsStatementsRowsAndErrorsPerPattern() throws Exception {
    String db = shop();
    CaptureScript capture = new CaptureScript();
    capture
        .session("p1", 1, 0)
        .simple(1, "INSERT INTO items VALUES (10, 'fig', 1)")
        .simple(3, "SELECT * FROM no_such_table")
        .simple(5, "INSERT INTO items (id, name, qty) VALUES (1, 'again', 0)")
        .simple(7, "UPDATE items SET qty = qty + 1 WHERE id = 10")
        .end(8);
    capture
        .session("p1", 2, 0)
        .extended(2, BY_ID, int4(1))
        .extended(4, BY_ID, int4(2))
        .extended(6, BY_ID, int4(3))
        .extended(7, "SELECT id FROM items WHERE name = $1", text("pear"))
        .extended(8, "SELECT count(*) FROM items WHERE name = $1", nullOf(25))
        .extended(9, "INSERT INTO items (id, name) VALUES ($1, $2)", int4(2), text("dup"))
        .end(10);
    capture.session("p2", 1, 1).simple(2, "select *  from no_such_table").end(3);

    ReplayResult result = REPLAY.stress(capture.events(), PG.url(db));

    assertEquals(11, result.getStatements());
    assertEquals(3, result.getSessions());
    assertEquals(0, result.getAbandonedSessions());
    PatternResult byId = pattern(result, BY_ID);
    assertEquals(3, byId.getCount());
    assertEquals(0, byId.getErrorCount());
    assertEquals(3, byId.getRows());
    assertEquals(3, Results.latencyHistogram(byId).getTotalCount());
    assertEquals(3, byId.getDigestSamplesCount());
    assertEquals(1, pattern(result, "SELECT id FROM items WHERE name = $1").getRows());
    assertEquals(1, pattern(result, "SELECT count(*) FROM items WHERE name = $1").getRows());

    PatternResult missing = pattern(result, "SELECT * FROM no_such_table");
    assertEquals(2, missing.getCount(), "both spellings are one pattern");
    assertEquals(Map.of("42P01", 2L), errorsBySqlstate(missing));
    assertTrue(missing.getErrors(0).getSampleMessage().contains("no_such_table"));

    PatternResult duplicate =
        pattern(result, "INSERT INTO items (id, name, qty) VALUES (1, 'again', 0)");
    assertEquals(Map.of("23505", 1L), errorsBySqlstate(duplicate));
    assertTrue(duplicate.getErrors(0).getSampleMessage().contains("duplicate key"));
    assertEquals(
        Map.of("23505", 1L),
        errorsBySqlstate(pattern(result, "INSERT INTO items (id, name) VALUES ($1, $2)")));
    assertEquals(1, pattern(result, "UPDATE items SET qty = qty + 1 WHERE id = 10").getRows());
    assertEquals(2, queryInt(db, "SELECT qty FROM items WHERE id = 10"), "the writes ran");
  }

  @Test
  void binaryInt4ParameterSelectsTheSameRowAsALiteral() throws Exception {
    String db = shop();
    CaptureScript extended = new CaptureScript();
    extended.session("p1", 1, 0).extended(1, BY_ID, int4(2)).end(2);
    CaptureScript literal = new CaptureScript();
    literal.session("p1", 1, 0).simple(1, "SELECT name, qty FROM items WHERE id = 2").end(2);
    CaptureScript other = new CaptureScript();
    other.session("p1", 1, 0).extended(1, BY_ID, int4(3)).end(2);

    StatementDigest viaBinary = onlySample(REPLAY.stress(extended.events(), PG.url(db)));
    StatementDigest viaLiteral = onlySample(REPLAY.stress(literal.events(), PG.url(db)));
    StatementDigest otherRow = onlySample(REPLAY.stress(other.events(), PG.url(db)));

    assertEquals(1, viaBinary.getRows());
    assertEquals("", viaBinary.getSqlstate());
    assertEquals(viaLiteral.getDigest(), viaBinary.getDigest());
    assertNotEquals(otherRow.getDigest(), viaBinary.getDigest());
  }

  @Test
  void textParametersAndTypedNullsReturnWhatLiteralsReturn() throws Exception {
    String db = shop();
    CaptureScript extended = new CaptureScript();
    extended
        .session("p1", 1, 0)
        .extended(1, "SELECT id, qty FROM items WHERE name = $1", text("pear"))
        .end(2);
    CaptureScript literal = new CaptureScript();
    literal.session("p1", 1, 0).simple(1, "SELECT id, qty FROM items WHERE name = 'pear'").end(2);
    CaptureScript typedNull = new CaptureScript();
    typedNull
        .session("p1", 1, 0)
        .extended(1, "SELECT $1 IS NULL, pg_typeof($1)", nullOf(25))
        .end(2);
    CaptureScript nullLiteral = new CaptureScript();
    nullLiteral.session("p1", 1, 0).simple(1, "SELECT true, 'text'::regtype").end(2);

    assertEquals(
        onlySample(REPLAY.stress(literal.events(), PG.url(db))).getDigest(),
        onlySample(REPLAY.stress(extended.events(), PG.url(db))).getDigest());
    assertEquals(
        onlySample(REPLAY.stress(nullLiteral.events(), PG.url(db))).getDigest(),
        onlySample(REPLAY.stress(typedNull.events(), PG.url(db))).getDigest());
  }

  @Test
  void rowDigestIgnoresRowOrderButNotData() throws Exception {
    String db = shop();
    long ascending = onlySample(selectAll(db, "ORDER BY id")).getDigest();
    long descending = onlySample(selectAll(db, "ORDER BY id DESC")).getDigest();
    PG.execute(db, "UPDATE items SET qty = 31 WHERE id = 3");
    long changed = onlySample(selectAll(db, "ORDER BY id")).getDigest();

    assertEquals(ascending, descending);
    assertNotEquals(ascending, changed);
  }

  @Test
  void mergedShardsEqualOneRunOverBoth() throws Exception {
    String db = shop();
    CaptureScript all = new CaptureScript();
    CaptureScript first = new CaptureScript();
    CaptureScript second = new CaptureScript();
    for (int session = 1; session <= 4; session++) {
      for (CaptureScript capture : List.of(all, session <= 2 ? first : second)) {
        CaptureScript.Session s = capture.session("p" + (session % 2), session, session);
        for (int i = 0; i < 20; i++) {
          s.extended(10 + i, BY_ID, int4(i % 4)); // id 0 matches no row
        }
        s.simple(40, "SELECT * FROM no_such_table").end(41);
      }
    }

    ReplayResult whole = REPLAY.stress(all.events(), PG.url(db));
    ReplayResult merged =
        Results.merge(
            List.of(
                REPLAY.stress(first.events(), PG.url(db)),
                REPLAY.stress(second.events(), PG.url(db))));

    assertEquals(whole.getStatements(), merged.getStatements());
    assertEquals(whole.getSessions(), merged.getSessions());
    assertEquals(whole.getPatternsCount(), merged.getPatternsCount());
    for (int i = 0; i < whole.getPatternsCount(); i++) {
      PatternResult expected = whole.getPatterns(i);
      PatternResult actual = merged.getPatterns(i);
      assertEquals(expected.getFingerprint(), actual.getFingerprint());
      assertEquals(expected.getCount(), actual.getCount());
      assertEquals(expected.getRows(), actual.getRows());
      assertEquals(expected.getResultDigest(), actual.getResultDigest());
      assertEquals(expected.getErrorsList(), actual.getErrorsList());
      assertEquals(expected.getDigestSamplesList(), actual.getDigestSamplesList());
      // The representative is chosen by latency, which differs from run to run: only its shape
      // is comparable.
      assertEquals(expected.getNormalizedSql(), actual.getNormalizedSql());
      assertEquals(
          expected.getSampleParametersCount(), actual.getSampleParametersCount(), "parameters");
      assertFalse(actual.getSampleSql().isEmpty());
      assertEquals(
          Results.latencyHistogram(expected).getTotalCount(),
          Results.latencyHistogram(actual).getTotalCount());
    }
    PatternResult byId = pattern(whole, BY_ID);
    assertEquals(80, byId.getCount());
    assertEquals(60, byId.getRows());
    assertEquals(32, byId.getDigestSamplesCount(), "bottom-k keeps k of 80");
  }

  @Test
  void lostConnectionAbandonsTheSessionAndCountsWhatWasNotReplayed() throws Exception {
    String db = shop();
    CaptureScript capture = new CaptureScript();
    capture
        .session("p1", 1, 0)
        .simple(1, "SELECT pg_terminate_backend(pg_backend_pid())")
        .simple(2, "SELECT current_user")
        .simple(3, "SELECT pi()")
        .end(4);
    capture.session("p1", 2, 0).simple(2, "SELECT version()").end(5);

    ReplayResult result = REPLAY.stress(capture.events(), PG.url(db));

    assertEquals(1, result.getAbandonedSessions());
    assertEquals(2, result.getSessions());
    assertEquals(4, result.getStatements());
    // The server's FATAL error or the closed socket, whichever the driver sees first.
    Map<String, Long> killed =
        errorsBySqlstate(pattern(result, "SELECT pg_terminate_backend(pg_backend_pid())"));
    assertTrue(
        killed.equals(Map.of("57P01", 1L)) || killed.equals(Map.of(ToolErrors.CONNECTION_LOST, 1L)),
        killed.toString());
    assertEquals(
        Map.of(ToolErrors.SESSION_ABANDONED, 1L),
        errorsBySqlstate(pattern(result, "SELECT current_user")));
    assertEquals(
        Map.of(ToolErrors.SESSION_ABANDONED, 1L), errorsBySqlstate(pattern(result, "SELECT pi()")));
    assertEquals(0, pattern(result, "SELECT version()").getErrorCount());
  }

  /**
   * A proxy can record a statement after its session's end (a FATAL error seen late): it is
   * skipped, never replayed on a new connection opened in the middle of the session's work.
   */
  @Test
  void aStatementAfterItsSessionsEndIsSkippedNotReplayedOnANewConnection() throws Exception {
    String db = shop();
    CaptureScript capture = new CaptureScript();
    capture
        .session("p1", 1, 0)
        .simple(1, "UPDATE items SET qty = qty + 1 WHERE id = 1")
        .end(2)
        .simple(3, "UPDATE items SET qty = qty + 1 WHERE id = 1");

    ReplayResult result = REPLAY.stress(capture.events(), PG.url(db));

    assertEquals(1, result.getStatements());
    assertEquals(1, result.getSessions());
    assertEquals(1, result.getSkippedStatements());
    assertEquals(11, queryInt(db, "SELECT qty FROM items WHERE id = 1"), "replayed once");
  }

  @Test
  void suspendedPortalRunsOnceToCompletion() throws Exception {
    String db = shop();
    String sql = "SELECT g FROM generate_series(1, 10) g";
    CaptureScript capture = new CaptureScript();
    capture
        .session("p1", 1, 0)
        .execute(1, sql, "", 4, Outcome.OUTCOME_SUSPENDED)
        .execute(2, sql, "", 4, Outcome.OUTCOME_SUSPENDED)
        .execute(3, sql, "", 4, Outcome.OUTCOME_OK)
        .execute(4, sql, "", 0, Outcome.OUTCOME_OK)
        .end(5);

    ReplayResult result = REPLAY.stress(capture.events(), PG.url(db));

    PatternResult series = pattern(result, sql);
    assertEquals(2, series.getCount(), "the first Execute of the portal, then a new one");
    assertEquals(20, series.getRows());
    assertEquals(2, result.getSkippedStatements());
  }

  /**
   * With a replay role the traffic has that role's privileges, not those of the URL's superuser:
   * what the role may not do fails with 42501 as it would in production, and a replayed {@code
   * RESET ROLE} does not give the superuser back. Without it, the same capture runs as the
   * superuser.
   */
  @Test
  void aReplayRoleReplaysWithThatRolesPrivilegesOnly() throws Exception {
    String db = shop();
    PG.execute(
        db,
        "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'scry_app')"
            + " THEN CREATE ROLE scry_app; END IF; END$$",
        "GRANT SELECT ON items TO scry_app");
    String read = "SELECT name FROM items WHERE id = 1";
    String write = "UPDATE items SET qty = 0 WHERE id = 1";
    String delete = "DELETE FROM items WHERE id = 2";
    CaptureScript capture = new CaptureScript();
    capture
        .session("app", 1, 0)
        .simple(1, read)
        .simple(2, write)
        .simple(3, "RESET ROLE")
        .simple(4, delete)
        .end(5);

    ReplayResult asApp = REPLAY.replay(capture.events(), asRole(PG.url(db), "scry_app"));

    assertEquals(Map.of(), errorsBySqlstate(pattern(asApp, read)));
    assertEquals(Map.of("42501", 1L), errorsBySqlstate(pattern(asApp, write)));
    assertEquals(
        Map.of("42501", 1L), errorsBySqlstate(pattern(asApp, delete)), "RESET ROLE kept the role");
    try (Connection c = PG.connect(db);
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT (SELECT qty FROM items WHERE id = 1), count(*) FROM items")) {
      rs.next();
      assertEquals(10, rs.getInt(1), "the update was refused");
      assertEquals(3, rs.getInt(2), "the delete was refused");
    }

    ReplayResult asUrlUser = REPLAY.stress(capture.events(), PG.url(db));
    assertEquals(Map.of(), errorsBySqlstate(pattern(asUrlUser, write)));
    assertEquals(Map.of(), errorsBySqlstate(pattern(asUrlUser, delete)));
  }

  /** A replay role the server does not know fails the replay at its first connection, naming it. */
  @Test
  void anUnknownReplayRoleFailsTheReplayNamingTheRole() throws Exception {
    String db = shop();
    CaptureScript capture = new CaptureScript();
    capture.session("app", 1, 0).simple(1, "SELECT 1").end(2);

    ExecutionException failure =
        assertThrows(
            ExecutionException.class,
            () -> REPLAY.replay(capture.events(), asRole(PG.url(db), "scry_no_such_role")));

    String message = failure.getCause().getMessage();
    assertTrue(message.contains(" as role scry_no_such_role: "), message);
    assertTrue(message.contains("scry_no_such_role\" does not exist"), message);
  }

  private static ReplaySettings asRole(String url, String role) {
    ReplaySettings s = ReplayTestSupport.settings(url, ReplayMode.STRESS, 0, 0);
    return new ReplaySettings(
        s.jobId(),
        s.round(),
        s.targetUrl(),
        s.mode(),
        s.speed(),
        s.captureStartUnixNanos(),
        s.replayStartUnixNanos(),
        s.maxConnections(),
        s.statementTimeout(),
        role,
        0);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void unreachableTargetFailsWithAClearError() throws Exception {
    int closedPort = closedPort();
    CaptureScript capture = new CaptureScript();
    capture.session("p1", 1, 0).simple(1, "SELECT 1").end(2);
    String url = "postgres://postgres:secret@127.0.0.1:" + closedPort + "/shop";

    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> REPLAY.stress(capture.events(), url));

    assertTrue(failure.getCause() instanceof ReplayException, failure.getCause().toString());
    String message = failure.getCause().getMessage();
    assertTrue(
        message.contains("cannot connect to target postgres://postgres@127.0.0.1:"), message);
    assertTrue(!message.contains("secret"), message);
  }

  /**
   * A refused connection and the end of a short capture stream race each other: the end of the
   * stream must never turn the failed replay into an empty success (it did about once in a few
   * hundred runs, and a job on an unreachable target ended done with 0 statements).
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void anUnreachableTargetFailsEveryTimeHoweverTheStreamEnds() throws Exception {
    int closedPort = closedPort();
    CaptureScript capture = new CaptureScript();
    for (int session = 1; session <= 2; session++) {
      CaptureScript.Session s = capture.session("p1", session, 0);
      for (int i = 1; i <= 20; i++) {
        s.simple(i, "SELECT " + i);
      }
      s.end(21);
    }
    String url = "postgres://postgres@127.0.0.1:" + closedPort + "/shop";

    for (int run = 0; run < 300; run++) {
      int attempt = run;
      ExecutionException failure =
          assertThrows(
              ExecutionException.class,
              () -> REPLAY.stress(capture.events(), url),
              () -> "run " + attempt + " ended without a failure");
      assertTrue(failure.getCause() instanceof ReplayException, failure.getCause().toString());
    }
  }

  @Test
  void tooFewConnectionsForInterleavedSessionsFailsInsteadOfHanging() throws Exception {
    String db = shop();
    CaptureScript capture = new CaptureScript();
    CaptureScript.Session a = capture.session("p1", 1, 0);
    CaptureScript.Session b = capture.session("p1", 2, 0);
    int shardBuffer = 64;
    for (int i = 1; i <= shardBuffer; i++) {
      a.simple(i, "SELECT 1");
      b.simple(i, "SELECT 2");
    }

    ExecutionException failure =
        assertThrows(
            ExecutionException.class,
            () ->
                REPLAY
                    .start(
                        capture.events(),
                        ReplayTestSupport.settings(PG.url(db), ReplayMode.STRESS, 1, 0),
                        ReplayLimits.DEFAULT.withShardBuffer(shardBuffer))
                    .result()
                    .toCompletableFuture()
                    .get(30, TimeUnit.SECONDS));

    assertTrue(
        failure.getCause().getMessage().contains("raise maxConnections"), failure.toString());
  }

  @Test
  void cancelClosesConnectionsAndFailsTheResult() throws Exception {
    String db = shop();
    CaptureScript capture = new CaptureScript();
    for (int session = 1; session <= 3; session++) {
      CaptureScript.Session s = capture.session("p1", session, 0);
      for (int i = 1; i <= 300; i++) {
        s.simple(i * 100L, "SELECT " + session);
      }
    }
    RunningReplay replay =
        REPLAY.start(
            capture.events(), ReplayTestSupport.settings(PG.url(db), ReplayMode.TIMED, 0, 0));
    awaitConnections(db, 3);

    replay.cancel();

    ExecutionException failure =
        assertThrows(
            ExecutionException.class,
            () -> replay.result().toCompletableFuture().get(5, TimeUnit.SECONDS));
    assertTrue(
        failure.getCause() instanceof java.util.concurrent.CancellationException,
        failure.toString());
    awaitConnections(db, 0);
  }

  /**
   * 10,000 statements through a 256-event shard buffer: the buffer is full most of the time, the
   * stream is back-pressured, and nothing more than the bound is ever held.
   */
  @Test
  void largeCaptureStreamsThroughStressModeInBoundedMemory() throws Exception {
    String db = shop();
    int sessions = 50;
    int statementsPerSession = 200;
    int shardBuffer = 256;
    ReplayResult result =
        REPLAY
            .start(List.of(), ReplayTestSupport.settings(PG.url(db), ReplayMode.STRESS, 0, 0))
            .result()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    assertEquals(0, result.getStatements());

    ShardReplay.Running large =
        ShardReplay.start(
            Source.fromIterator(
                () -> SyntheticCapture.staggered(sessions, statementsPerSession, 32).events()),
            ReplayTestSupport.settings(PG.url(db), ReplayMode.STRESS, 48, 0),
            REPLAY.materializer,
            ReplayLimits.DEFAULT.withShardBuffer(shardBuffer));
    ReplayResult replayed = large.result().toCompletableFuture().get(50, TimeUnit.SECONDS);

    assertEquals((long) sessions * statementsPerSession, replayed.getStatements());
    assertEquals(sessions, replayed.getSessions());
    long errors = replayed.getPatternsList().stream().mapToLong(PatternResult::getErrorCount).sum();
    assertEquals(0, errors);
    assertEquals(shardBuffer, large.maxBuffered(), "most events buffered at once");
  }

  private static ReplayResult selectAll(String db, String order) throws Exception {
    CaptureScript capture = new CaptureScript();
    capture.session("p1", 1, 0).simple(1, "SELECT id, name, qty FROM items " + order).end(2);
    return REPLAY.stress(capture.events(), PG.url(db));
  }

  private static StatementDigest onlySample(ReplayResult result) {
    assertEquals(1, result.getPatternsCount());
    assertEquals(1, result.getPatterns(0).getDigestSamplesCount());
    return result.getPatterns(0).getDigestSamples(0);
  }

  private static int queryInt(String db, String sql) throws Exception {
    try (Connection c = PG.connect(db);
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void awaitConnections(String db, int expected) throws Exception {
    String sql =
        "SELECT count(*) FROM pg_stat_activity WHERE datname = '"
            + db
            + "' AND application_name = 'scry-test'";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    int seen;
    while ((seen = queryInt(db, sql)) != expected && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertEquals(expected, seen, "replay connections on " + db);
  }

  /** A port nothing listens on: connections to it are refused at once. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
