package io.scry.protocol.segment;

import io.scry.protocol.v1.CaptureGap;
import io.scry.protocol.v1.GapReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of the traffic a proxy forwarded its capture holds, from the gap records it wrote where
 * it could not capture ({@link CaptureGap}). Statements are what a replay runs, so completeness is
 * measured in statements: captured / (captured + lost).
 *
 * @param statementsCaptured statement events read
 * @param statementsLost statements the gap records say were forwarded but not captured
 * @param eventsLost events of any kind lost (statements, session starts and ends)
 * @param gaps gap records read
 * @param lostByReason events lost per reason
 * @param incompleteSessions every session with at least one gap, by proxy and session id
 */
public record CaptureCompleteness(
    long statementsCaptured,
    long statementsLost,
    long eventsLost,
    long gaps,
    Map<GapReason, Long> lostByReason,
    List<Session> incompleteSessions) {

  public CaptureCompleteness {
    lostByReason =
        Collections.unmodifiableMap(
            lostByReason.isEmpty() ? new EnumMap<>(GapReason.class) : new EnumMap<>(lostByReason));
    incompleteSessions = List.copyOf(incompleteSessions);
  }

  /** Fraction of statements captured, 1.0 when nothing was lost (also for an empty capture). */
  public double ratio() {
    long total = statementsCaptured + statementsLost;
    return total == 0 ? 1.0 : (double) statementsCaptured / total;
  }

  /** Whether no gap was recorded. */
  public boolean complete() {
    return gaps == 0;
  }

  /**
   * One session's statements captured and lost.
   *
   * @param reasons events lost per reason in this session
   */
  public record Session(
      String proxyId,
      long sessionId,
      long statementsCaptured,
      long statementsLost,
      long eventsLost,
      Map<GapReason, Long> reasons) {

    public Session {
      reasons = Collections.unmodifiableMap(new EnumMap<>(reasons));
    }

    public double ratio() {
      long total = statementsCaptured + statementsLost;
      return total == 0 ? 1.0 : (double) statementsCaptured / total;
    }
  }

  /** Counts per session as events stream by; see {@link CaptureSummary.Accumulator}. */
  static final class Accumulator {
    private record Key(String proxyId, long sessionId) {}

    private static final class Counts {
      long captured;
      long lost;
      long eventsLost;
      final Map<GapReason, Long> reasons = new EnumMap<>(GapReason.class);
    }

    private final Map<Key, Counts> sessions = new HashMap<>();
    private final Map<GapReason, Long> lostByReason = new EnumMap<>(GapReason.class);
    private long captured;
    private long lost;
    private long eventsLost;
    private long gaps;

    void statement(String proxyId, long sessionId) {
      captured++;
      sessions.computeIfAbsent(new Key(proxyId, sessionId), key -> new Counts()).captured++;
    }

    void gap(String proxyId, long sessionId, CaptureGap gap) {
      gaps++;
      lost += gap.getStatementsLost();
      eventsLost += gap.getEventsLost();
      lostByReason.merge(gap.getReason(), gap.getEventsLost(), Long::sum);
      Counts counts = sessions.computeIfAbsent(new Key(proxyId, sessionId), key -> new Counts());
      counts.lost += gap.getStatementsLost();
      counts.eventsLost += gap.getEventsLost();
      counts.reasons.merge(gap.getReason(), gap.getEventsLost(), Long::sum);
    }

    CaptureCompleteness finish() {
      List<Session> incomplete = new ArrayList<>();
      sessions.forEach(
          (key, counts) -> {
            if (counts.eventsLost > 0) {
              incomplete.add(
                  new Session(
                      key.proxyId(),
                      key.sessionId(),
                      counts.captured,
                      counts.lost,
                      counts.eventsLost,
                      counts.reasons));
            }
          });
      incomplete.sort(Comparator.comparing(Session::proxyId).thenComparingLong(Session::sessionId));
      return new CaptureCompleteness(captured, lost, eventsLost, gaps, lostByReason, incomplete);
    }
  }
}
