package io.scry.coordinator.plan;

import io.scry.protocol.replay.SessionKey;
import io.scry.protocol.v1.CaptureEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * Which captured statements a shadow checkpoint does not hold yet, transaction by transaction: a
 * transaction (or an autocommit statement) is replayed when it committed at or after the
 * checkpoint's time, and then so is everything after it in its session; what committed before is in
 * the checkpoint already and is skipped. A session's cut is the sequence number of the first
 * statement it replays: the {@code BEGIN} of a transaction that spans the checkpoint. A session
 * with no commit after the checkpoint replays nothing.
 *
 * <p>Fed the capture's events in start order ({@link #add}); statements' commit times are their
 * start times for autocommit statements and the start of their {@code COMMIT} otherwise.
 */
final class CheckpointCut {

  private static final class SessionState {
    boolean inTransaction;
    long transactionStart;
    Long cut;
  }

  private final long checkpointUnixNanos;
  private final Map<SessionKey, SessionState> sessions = new HashMap<>();

  CheckpointCut(long checkpointUnixNanos) {
    this.checkpointUnixNanos = checkpointUnixNanos;
  }

  CheckpointCut add(CaptureEvent event) {
    if (!event.hasStatement()) {
      return this;
    }
    SessionState session = sessions.computeIfAbsent(SessionKey.of(event), k -> new SessionState());
    if (session.cut != null) {
      return this;
    }
    boolean after = event.getStartUnixNanos() >= checkpointUnixNanos;
    switch (TransactionBoundary.of(event.getStatement().getSql())) {
      case BEGIN -> {
        session.inTransaction = true;
        session.transactionStart = event.getSequence();
      }
      case END -> {
        if (after) {
          session.cut = session.inTransaction ? session.transactionStart : event.getSequence();
        }
        session.inTransaction = false;
      }
      case NONE -> {
        if (after && !session.inTransaction) {
          session.cut = event.getSequence();
        }
      }
    }
    return this;
  }

  /** The first statement sequence each session replays; sessions not listed replay nothing. */
  Map<SessionKey, Long> cuts() {
    Map<SessionKey, Long> cuts = new HashMap<>();
    sessions.forEach(
        (key, state) -> {
          if (state.cut != null) {
            cuts.put(key, state.cut);
          }
        });
    return cuts;
  }
}
