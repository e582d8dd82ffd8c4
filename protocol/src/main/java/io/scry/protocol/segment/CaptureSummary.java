package io.scry.protocol.segment;

import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a capture holds, in numbers: the figures behind {@code scry-cluster capture inspect}.
 *
 * @param files segment files read
 * @param events all events (gap records included)
 * @param statements statement events (captured statements)
 * @param sessions distinct sessions (proxy id, session id) seen in any event
 * @param errors statements that ended with an error
 * @param firstStartUnixNanos earliest event start, 0 if there are no events
 * @param lastEndUnixNanos latest event end (start + duration), 0 if there are no events
 * @param eventsPerProxy event count per proxy id, sorted by id
 * @param errorsBySqlstate error count per SQLSTATE, sorted by code
 * @param damages damage found in the segment files
 * @param completeness statements captured versus lost, from the capture's gap records, overall and
 *     per session
 */
public record CaptureSummary(
    int files,
    long events,
    long statements,
    long sessions,
    long errors,
    long firstStartUnixNanos,
    long lastEndUnixNanos,
    Map<String, Long> eventsPerProxy,
    Map<String, Long> errorsBySqlstate,
    List<SegmentDamage> damages,
    CaptureCompleteness completeness) {

  public CaptureSummary {
    eventsPerProxy = Collections.unmodifiableMap(new TreeMap<>(eventsPerProxy));
    errorsBySqlstate = Collections.unmodifiableMap(new TreeMap<>(errorsBySqlstate));
    damages = List.copyOf(damages);
  }

  /** Time from the first start to the last end. */
  public Duration span() {
    return Duration.ofNanos(lastEndUnixNanos - firstStartUnixNanos);
  }

  /** Counts events one at a time; for callers that also look at each event themselves. */
  public static final class Accumulator {
    private long events;
    private long statements;
    private long errors;
    private long firstStart = Long.MAX_VALUE;
    private long lastEnd = Long.MIN_VALUE;
    private final Map<String, Set<Long>> sessionsPerProxy = new HashMap<>();
    private final Map<String, Long> eventsPerProxy = new HashMap<>();
    private final Map<String, Long> errorsBySqlstate = new HashMap<>();
    private final CaptureCompleteness.Accumulator completeness =
        new CaptureCompleteness.Accumulator();

    public void accept(CaptureEvent event) {
      events++;
      firstStart = Math.min(firstStart, event.getStartUnixNanos());
      lastEnd = Math.max(lastEnd, event.getStartUnixNanos() + event.getDurationNanos());
      eventsPerProxy.merge(event.getProxyId(), 1L, Long::sum);
      sessionsPerProxy
          .computeIfAbsent(event.getProxyId(), proxy -> new HashSet<>())
          .add(event.getSessionId());
      if (event.hasGap()) {
        completeness.gap(event.getProxyId(), event.getSessionId(), event.getGap());
      }
      if (event.hasStatement()) {
        statements++;
        completeness.statement(event.getProxyId(), event.getSessionId());
        if (event.getStatement().getOutcome() == Outcome.OUTCOME_ERROR) {
          errors++;
          errorsBySqlstate.merge(event.getStatement().getSqlstate(), 1L, Long::sum);
        }
      }
    }

    public CaptureSummary finish(int files, List<SegmentDamage> damages) {
      long sessions = sessionsPerProxy.values().stream().mapToLong(Set::size).sum();
      return new CaptureSummary(
          files,
          events,
          statements,
          sessions,
          errors,
          events == 0 ? 0 : firstStart,
          events == 0 ? 0 : lastEnd,
          eventsPerProxy,
          errorsBySqlstate,
          new ArrayList<>(damages),
          completeness.finish());
    }
  }
}
