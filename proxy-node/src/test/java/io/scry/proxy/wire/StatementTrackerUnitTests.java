package io.scry.proxy.wire;

import static io.scry.proxy.wire.Frames.bind;
import static io.scry.proxy.wire.Frames.bindComplete;
import static io.scry.proxy.wire.Frames.commandComplete;
import static io.scry.proxy.wire.Frames.dataRow;
import static io.scry.proxy.wire.Frames.describe;
import static io.scry.proxy.wire.Frames.error;
import static io.scry.proxy.wire.Frames.execute;
import static io.scry.proxy.wire.Frames.noData;
import static io.scry.proxy.wire.Frames.parameterDescription;
import static io.scry.proxy.wire.Frames.parse;
import static io.scry.proxy.wire.Frames.parseComplete;
import static io.scry.proxy.wire.Frames.portalSuspended;
import static io.scry.proxy.wire.Frames.query;
import static io.scry.proxy.wire.Frames.readyForQuery;
import static io.scry.proxy.wire.Frames.rowDescription;
import static io.scry.proxy.wire.Frames.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.v1.Outcome;
import io.scry.protocol.v1.ProtocolKind;
import io.scry.protocol.v1.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementTrackerUnitTests {

  @Test
  void pipelinedExecutionsAreMatchedInOrderAndAnErrorDiscardsUntilSync() {
    try (ObservedSession session = new ObservedSession()) {
      session.client(
          parse("s1", "UPDATE t SET v = $1 WHERE id = $2", 0, 23),
          bind("", "s1", "a", "1"),
          execute("", 0),
          bind("", "s1", "b", "2"),
          execute("", 0),
          bind("", "s1", "c", "3"),
          execute("", 0),
          sync());
      session.server(
          parseComplete(),
          bindComplete(),
          commandComplete("UPDATE 1"),
          bindComplete(),
          error("22001", "value too long"),
          readyForQuery());
      List<Statement> statements = session.statements;
      assertEquals(2, statements.size(), statements::toString);
      assertEquals(Outcome.OUTCOME_OK, statements.get(0).getOutcome());
      assertEquals(1, statements.get(0).getRows());
      assertEquals("a", statements.get(0).getParameters(0).getValue().toStringUtf8());
      assertEquals(23, statements.get(0).getParameters(1).getTypeOid());
      assertEquals(Outcome.OUTCOME_ERROR, statements.get(1).getOutcome());
      assertEquals("22001", statements.get(1).getSqlstate());
      assertEquals("value too long", statements.get(1).getErrorMessage());
      assertEquals("b", statements.get(1).getParameters(0).getValue().toStringUtf8());
      assertEquals(3, session.forwardedStatements);
      assertEquals(0, session.tracker.pendingCount());
    }
  }

  @Test
  void parameterDescriptionFillsUnspecifiedTypes() {
    try (ObservedSession session = new ObservedSession()) {
      session.client(
          parse("", "SELECT $1", 0),
          describe('S', ""),
          bind("", "", (String) null),
          execute("", 0),
          sync());
      session.server(
          parseComplete(),
          parameterDescription(25),
          rowDescription(),
          bindComplete(),
          dataRow("x"),
          commandComplete("SELECT 1"),
          readyForQuery());
      Statement statement = session.statements.get(0);
      assertEquals(25, statement.getParameters(0).getTypeOid());
      assertTrue(statement.getParameters(0).getIsNull());
      assertEquals(1, statement.getRows());
    }
  }

  @Test
  void rowLimitedExecutesEndSuspendedThenComplete() {
    try (ObservedSession session = new ObservedSession()) {
      session.client(parse("", "SELECT g FROM generate_series(1, 3) g"), bind("c1", ""));
      session.client(describe('P', "c1"), execute("c1", 2), sync());
      session.server(parseComplete(), bindComplete(), rowDescription(), dataRow("1"), dataRow("2"));
      session.server(portalSuspended(), readyForQuery());
      session.client(execute("c1", 2), sync());
      session.server(dataRow("3"), commandComplete("SELECT 1"), readyForQuery());
      List<Statement> statements = session.statements;
      assertEquals(2, statements.size());
      assertEquals(Outcome.OUTCOME_SUSPENDED, statements.get(0).getOutcome());
      assertEquals(2, statements.get(0).getRows());
      assertEquals("c1", statements.get(1).getPortalName());
      assertEquals("SELECT g FROM generate_series(1, 3) g", statements.get(1).getSql());
      assertEquals(1, statements.get(1).getRows());
    }
  }

  @Test
  void aQueryWithSeveralStatementsGivesOneEventEachAndStopsAtAnError() {
    try (ObservedSession session = new ObservedSession()) {
      session.client(query("SELECT 1; SELECT 1/0; SELECT 3"));
      session.server(
          rowDescription(),
          dataRow("1"),
          commandComplete("SELECT 1"),
          rowDescription(),
          error("22012", "division by zero"),
          readyForQuery());
      List<Statement> statements = session.statements;
      assertEquals(2, statements.size(), statements::toString);
      assertEquals(ProtocolKind.PROTOCOL_SIMPLE, statements.get(0).getProtocol());
      assertEquals("SELECT 1", statements.get(0).getSql());
      assertEquals("SELECT 1/0", statements.get(1).getSql());
      assertEquals("22012", statements.get(1).getSqlstate());
    }
  }

  @Test
  void emptyQueryIsRecordedAsEmpty() {
    try (ObservedSession session = new ObservedSession()) {
      session.client(query(""));
      session.server(Frames.emptyQuery(), readyForQuery());
      assertEquals(Outcome.OUTCOME_EMPTY, session.statements.get(0).getOutcome());
    }
  }

  @Test
  void aParseErrorWithoutExecuteStillRecordsTheStatement() {
    try (ObservedSession session = new ObservedSession()) {
      session.client(parse("s9", "SELEC 1"), describe('S', "s9"), sync());
      session.server(error("42601", "syntax error"), readyForQuery());
      assertEquals(1, session.statements.size());
      assertEquals("SELEC 1", session.statements.get(0).getSql());
      assertEquals("42601", session.statements.get(0).getSqlstate());
    }
  }

  @Test
  void describeAndCloseAreNotStatements() {
    try (ObservedSession session = new ObservedSession()) {
      session.client(parse("s1", "SELECT 1"), describe('S', "s1"), Frames.close('S', "s1"), sync());
      session.server(
          parseComplete(),
          parameterDescription(),
          noData(),
          Frames.closeComplete(),
          readyForQuery());
      assertEquals(List.of(), session.statements);
      assertEquals(0, session.tracker.pendingCount());
      assertEquals(0, session.tracker.namedCount());
    }
  }

  @Test
  void aClientGoingAwayCancelsTheStatementInFlight() {
    try (ObservedSession session = new ObservedSession()) {
      session.client(query("SELECT pg_sleep(10)"));
      session.tracker.sessionEnded(System.nanoTime());
      assertEquals(Outcome.OUTCOME_CANCELLED, session.statements.get(0).getOutcome());
      assertEquals("SELECT pg_sleep(10)", session.statements.get(0).getSql());
    }
  }

  @Test
  void passwordsAreNeverRead() {
    try (ObservedSession session = new ObservedSession()) {
      session.client(Frames.password("secret"));
      assertEquals(List.of(), session.statements);
      assertEquals(0, session.tracker.pendingCount());
    }
  }

  @Test
  void backendKeyDataIsReported() {
    try (ObservedSession session = new ObservedSession()) {
      session.server(Frames.backendKey(4242, 0x01020304), readyForQuery());
      assertEquals(List.of(new CancelKey(4242, "01020304")), session.keys);
    }
  }

  @Test
  void aClientThatNeverReadsCannotGrowThePendingQueueWithoutBound() {
    try (ObservedSession session = new ObservedSession()) {
      for (int i = 0; i < StatementTracker.MAX_PENDING + 1000; i += 1000) {
        io.netty.buffer.ByteBuf[] syncs = new io.netty.buffer.ByteBuf[1000];
        java.util.Arrays.setAll(syncs, n -> sync());
        session.client(syncs);
      }
      assertEquals(StatementTracker.MAX_PENDING, session.tracker.pendingCount());
    }
  }

  @Test
  void rowsComeFromTheCommandTag() {
    assertEquals(5, StatementTracker.rowsOf("INSERT 0 5"));
    assertEquals(12, StatementTracker.rowsOf("COPY 12"));
    assertEquals(0, StatementTracker.rowsOf("BEGIN"));
    assertEquals(0, StatementTracker.rowsOf("CREATE TABLE"));
    assertEquals(0, StatementTracker.rowsOf(""));
  }
}
