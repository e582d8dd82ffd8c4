package io.scry.worker.replay;

import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.replay.ReplayMode;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.ErrorCount;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ReplayResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.stream.Materializer;
import org.apache.pekko.stream.javadsl.Source;

/** Runs replays in tests and reads their results. */
final class ReplayTestSupport implements AutoCloseable {

  private final ActorSystem system = ActorSystem.create("replay-test");
  final Materializer materializer = Materializer.matFromSystem(system);

  static ReplaySettings settings(String url, ReplayMode mode, int maxConnections, long t0Delay) {
    return new ReplaySettings(
        "job-1",
        1,
        url,
        mode,
        1.0,
        CaptureScript.CAPTURE_START,
        unixNanos(Instant.now()) + t0Delay,
        maxConnections,
        Duration.ofSeconds(30));
  }

  RunningReplay start(List<CaptureEvent> events, ReplaySettings settings) {
    return ShardReplay.start(Source.from(events), settings, materializer);
  }

  ShardReplay.Running start(
      List<CaptureEvent> events, ReplaySettings settings, ReplayLimits limits) {
    return ShardReplay.start(Source.from(events), settings, materializer, limits);
  }

  ReplayResult replay(List<CaptureEvent> events, ReplaySettings settings) throws Exception {
    return ShardReplay.run(Source.from(events), settings, materializer)
        .toCompletableFuture()
        .get(60, TimeUnit.SECONDS);
  }

  ReplayResult stress(List<CaptureEvent> events, String url) throws Exception {
    return replay(events, settings(url, ReplayMode.STRESS, 0, 0));
  }

  static PatternResult pattern(ReplayResult result, String sql) {
    long id = Fingerprinter.fingerprint(sql).id();
    return result.getPatternsList().stream()
        .filter(p -> p.getFingerprint() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pattern for " + sql + " in " + result));
  }

  static Map<String, Long> errorsBySqlstate(PatternResult pattern) {
    return pattern.getErrorsList().stream()
        .collect(Collectors.toMap(ErrorCount::getSqlstate, ErrorCount::getCount));
  }

  static Map<String, Long> artifactsBySqlstate(PatternResult pattern) {
    return pattern.getArtifactsList().stream()
        .collect(Collectors.toMap(ErrorCount::getSqlstate, ErrorCount::getCount));
  }

  static long unixNanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  @Override
  public void close() {
    system.terminate();
  }
}
