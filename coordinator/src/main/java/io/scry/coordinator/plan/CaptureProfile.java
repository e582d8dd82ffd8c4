package io.scry.coordinator.plan;

import io.scry.protocol.replay.SessionKey;
import io.scry.protocol.v1.CaptureEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.stream.Materializer;

/**
 * What the planner knows about a job's part of a capture, from one pass over it: the selection, the
 * load of each selected session, the time span of the selected statements and the databases the
 * capture was taken from (of every session, selected or not). Memory grows with the number of
 * sessions, never with the number of events.
 *
 * <p>A session whose capture has a gap (statements the proxy forwarded but could not capture) is
 * replayed up to its first gap only, unless the job asks to {@linkplain
 * CapturePart#replayPastGaps() replay past gaps}: what follows a lost statement (an insert, a
 * {@code SET}) ran against state the replay does not have. {@code gapStarts} holds where each such
 * session is cut, {@code statementsAfterGaps} what is left out.
 *
 * <p>A job replaying onto a shadow checkpoint replays only the transactions that committed after it
 * ({@link CheckpointCut}): {@code checkpointCuts} holds each session's first replayed statement
 * (null when the job names no checkpoint), {@code statementsInCheckpoint} what is skipped.
 */
public record CaptureProfile(
    EventSelection selection,
    Map<SessionKey, SessionLoad> sessions,
    long firstStartNanos,
    long lastEndNanos,
    long statements,
    Set<SourceDatabase> sources,
    Map<SessionKey, Long> gapStarts,
    long statementsAfterGaps,
    Map<SessionKey, Long> checkpointCuts,
    long statementsInCheckpoint) {

  public List<SessionLoad> loads() {
    return List.copyOf(sessions.values());
  }

  /** Whether a shard holding the event's session streams it to its worker. */
  public boolean streams(CaptureEvent event) {
    return selection.streams(event)
        && !(event.hasStatement() && (afterGap(event) || inCheckpoint(checkpointCuts, event)));
  }

  private static boolean inCheckpoint(Map<SessionKey, Long> cuts, CaptureEvent event) {
    if (cuts == null) {
      return false;
    }
    Long cut = cuts.get(SessionKey.of(event));
    return cut == null || event.getSequence() < cut;
  }

  private boolean afterGap(CaptureEvent event) {
    Long gap = gapStarts.get(SessionKey.of(event));
    return gap != null && event.getStartUnixNanos() >= gap;
  }

  /** How long the selected statements took in the capture, first start to last end. */
  public Duration capturedSpan() {
    return statements == 0 ? Duration.ZERO : Duration.ofNanos(lastEndNanos - firstStartNanos);
  }

  /** Profiles {@code part} of {@code capture}. */
  public static CompletionStage<CaptureProfile> of(
      CaptureSource capture, CapturePart part, Materializer materializer) {
    CompletionStage<Map<SessionKey, Long>> cuts =
        part.afterCheckpointUnixNanos() == null
            ? CompletableFuture.completedFuture(null)
            : capture
                .events()
                .runFold(
                    new CheckpointCut(part.afterCheckpointUnixNanos()),
                    CheckpointCut::add,
                    materializer)
                .thenApply(CheckpointCut::cuts);
    if (part.lastMinutes() == null) {
      return cuts.thenCompose(
          checkpoint ->
              scan(
                  capture,
                  selectionOf(part, part.fromUnixNanos(), part.toUnixNanos()),
                  part.replayPastGaps(),
                  checkpoint,
                  materializer));
    }
    return cuts.thenCompose(
        checkpoint ->
            capture
                .events()
                .runFold(
                    Long.MIN_VALUE,
                    (last, e) -> Math.max(last, e.getStartUnixNanos()),
                    materializer)
                .thenCompose(
                    last -> {
                      long to = last == Long.MIN_VALUE ? Long.MAX_VALUE : last + 1;
                      long from = to - Duration.ofMinutes(part.lastMinutes()).toNanos();
                      return scan(
                          capture,
                          selectionOf(part, from, to),
                          part.replayPastGaps(),
                          checkpoint,
                          materializer);
                    }));
  }

  private static EventSelection selectionOf(CapturePart part, Long from, Long to) {
    return new EventSelection(
        from == null ? Long.MIN_VALUE : from, to == null ? Long.MAX_VALUE : to, part.samplePct());
  }

  private static CompletionStage<CaptureProfile> scan(
      CaptureSource capture,
      EventSelection selection,
      boolean replayPastGaps,
      Map<SessionKey, Long> checkpointCuts,
      Materializer materializer) {
    return capture
        .events()
        .runFold(
            new Accumulator(selection, replayPastGaps, checkpointCuts),
            Accumulator::add,
            materializer)
        .thenApply(Accumulator::profile);
  }

  private static final class Accumulator {
    private final EventSelection selection;
    private final boolean replayPastGaps;
    private final Map<SessionKey, Long> checkpointCuts;
    private long statementsInCheckpoint;
    private final Map<SessionKey, long[]> sessions = new HashMap<>();
    private final Map<SessionKey, Long> gapStarts = new HashMap<>();
    private long statementsAfterGaps;
    private long first = Long.MAX_VALUE;
    private long lastEnd = Long.MIN_VALUE;
    private long statements;
    private final Set<SourceDatabase> sources = new HashSet<>();

    Accumulator(
        EventSelection selection, boolean replayPastGaps, Map<SessionKey, Long> checkpointCuts) {
      this.selection = selection;
      this.replayPastGaps = replayPastGaps;
      this.checkpointCuts = checkpointCuts;
    }

    Accumulator add(CaptureEvent event) {
      if (event.hasSessionStart() && !event.getSessionStart().getServer().isEmpty()) {
        sources.add(
            new SourceDatabase(
                event.getSessionStart().getServer(), event.getSessionStart().getDatabase()));
      }
      if (event.hasGap() && !replayPastGaps) {
        // Events arrive in start order: every statement of the session after this is cut.
        gapStarts.putIfAbsent(SessionKey.of(event), event.getStartUnixNanos());
      }
      if (!selection.selects(event)) {
        return this;
      }
      if (inCheckpoint(checkpointCuts, event)) {
        statementsInCheckpoint++;
        return this;
      }
      Long gap = gapStarts.get(SessionKey.of(event));
      if (gap != null && event.getStartUnixNanos() >= gap) {
        statementsAfterGaps++;
        return this;
      }
      long[] load = sessions.computeIfAbsent(SessionKey.of(event), k -> new long[2]);
      load[0]++;
      load[1] += event.getDurationNanos();
      first = Math.min(first, event.getStartUnixNanos());
      lastEnd = Math.max(lastEnd, event.getStartUnixNanos() + event.getDurationNanos());
      statements++;
      return this;
    }

    CaptureProfile profile() {
      Map<SessionKey, SessionLoad> loads = new HashMap<>();
      sessions.forEach((key, load) -> loads.put(key, new SessionLoad(key, load[0], load[1])));
      return new CaptureProfile(
          selection,
          Map.copyOf(loads),
          statements == 0 ? 0 : first,
          statements == 0 ? 0 : lastEnd,
          statements,
          Set.copyOf(sources),
          Map.copyOf(gapStarts),
          statementsAfterGaps,
          checkpointCuts == null ? null : Map.copyOf(checkpointCuts),
          statementsInCheckpoint);
    }
  }
}
