package io.scry.coordinator.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scry.protocol.replay.SessionKey;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which transactions a checkpoint taken at t = 100 already holds, session by session. */
class CheckpointCutUnitTests {

  private static final long CHECKPOINT = 100;

  @Test
  void autocommitStatementsAreReplayedFromTheFirstAfterTheCheckpoint() {
    Map<SessionKey, Long> cuts =
        cuts(statement(1, 1, 50, "INSERT INTO t VALUES (1)"), statement(1, 2, 150, "SELECT 1"));

    assertEquals(Map.of(key(1), 2L), cuts);
  }

  @Test
  void aTransactionCommittedAfterTheCheckpointIsReplayedWhole() {
    Map<SessionKey, Long> cuts =
        cuts(
            statement(1, 1, 10, "INSERT INTO t VALUES (0)"),
            statement(1, 2, 60, "BEGIN"),
            statement(1, 3, 70, "INSERT INTO t VALUES (1)"),
            statement(1, 4, 120, "  -- done\n COMMIT"),
            statement(1, 5, 130, "SELECT 1"));

    assertEquals(Map.of(key(1), 2L), cuts, "from its BEGIN, before the checkpoint");
  }

  @Test
  void aTransactionCommittedBeforeTheCheckpointIsSkippedWhole() {
    Map<SessionKey, Long> cuts =
        cuts(
            statement(1, 1, 10, "start transaction isolation level serializable"),
            statement(1, 2, 20, "UPDATE t SET x = 1"),
            statement(1, 3, 30, "end"),
            statement(1, 4, 140, "BEGIN"),
            statement(1, 5, 150, "ROLLBACK TO SAVEPOINT a"),
            statement(1, 6, 160, "rollback"));

    assertEquals(Map.of(key(1), 4L), cuts);
  }

  @Test
  void aSessionWithNothingCommittedAfterTheCheckpointReplaysNothing() {
    Map<SessionKey, Long> cuts =
        cuts(
            statement(1, 1, 10, "SELECT 1"),
            statement(2, 1, 20, "BEGIN"),
            statement(2, 2, 150, "UPDATE t SET x = 2")); // never committed in the capture

    assertEquals(Map.of(), cuts);
  }

  @Test
  void transactionBoundariesAreReadFromTheStatementsText() {
    assertEquals(TransactionBoundary.BEGIN, TransactionBoundary.of("/* app */ BEGIN ISOLATION"));
    assertEquals(TransactionBoundary.END, TransactionBoundary.of("COMMIT;"));
    assertEquals(TransactionBoundary.END, TransactionBoundary.of("abort"));
    assertEquals(TransactionBoundary.NONE, TransactionBoundary.of("COMMIT PREPARED 'x'"));
    assertEquals(TransactionBoundary.NONE, TransactionBoundary.of("rollback to savepoint s"));
    assertEquals(TransactionBoundary.NONE, TransactionBoundary.of("starting_value"));
    assertEquals(TransactionBoundary.NONE, TransactionBoundary.of("SELECT 'BEGIN'"));
  }

  private static Map<SessionKey, Long> cuts(CaptureEvent... events) {
    CheckpointCut cut = new CheckpointCut(CHECKPOINT);
    List.of(events).forEach(cut::add);
    return cut.cuts();
  }

  private static SessionKey key(long session) {
    return SessionKey.of(statement(session, 0, 0, ""));
  }

  private static CaptureEvent statement(long session, long sequence, long at, String sql) {
    return CaptureEvent.newBuilder()
        .setProxyId("p")
        .setSessionId(session)
        .setSequence(sequence)
        .setStartUnixNanos(at)
        .setStatement(Statement.newBuilder().setSql(sql))
        .build();
  }
}
