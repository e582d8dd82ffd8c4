package io.scry.coordinator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scry.protocol.result.Results;
import io.scry.protocol.v1.ErrorCount;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ReplayResult;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class WindowLatencyUnitTests {

  @Test
  void thePatternHeldUpMostComesFirstAndAPatternOfOneSideOnlyIsKept() {
    ReplayResult baseline =
        result(pattern(1, "select a", 2_000, 3_000), pattern(2, "select b", 1_000, 1_000));
    ReplayResult rehearsal =
        result(
            pattern(1, "select a", 2_000, 4_000),
            pattern(2, "select b", 1_000, 2_500_000),
            pattern(3, "select c", 500, 600));

    List<WindowLatency> window = WindowLatency.compare(baseline, rehearsal, 10);

    assertEquals(List.of("select b", "select a", "select c"), patterns(window));
    WindowLatency held = window.get(0);
    assertEquals(2_500, held.rehearsal().latency().maxMs(), 2.5);
    assertEquals(1, held.baseline().latency().maxMs(), 0.01);
    assertEquals(2, held.rehearsal().statements());
    assertEquals(0, window.get(2).baseline().statements(), "only in the rehearsal's window");
    assertEquals("0000000000000002", held.fingerprint());
    assertEquals(2, WindowLatency.compare(baseline, rehearsal, 2).size(), "the limit");
  }

  @Test
  void replayArtifactsCountAsErrors() {
    PatternResult cut =
        pattern(1, "select a", 1_000, 1_000).toBuilder()
            .setCount(3)
            .addArtifacts(ErrorCount.newBuilder().setSqlstate("55P03").setCount(1))
            .build();

    WindowLatency w = WindowLatency.compare(result(), result(cut), 10).get(0);

    assertEquals(3, w.rehearsal().statements());
    assertEquals(1, w.rehearsal().errors(), "the replay's lock_timeout cut a waiting statement");
  }

  private static List<String> patterns(List<WindowLatency> window) {
    return window.stream().map(WindowLatency::pattern).toList();
  }

  private static ReplayResult result(PatternResult... patterns) {
    return ReplayResult.newBuilder().addAllPatterns(List.of(patterns)).build();
  }

  /** Two statements of {@code micros1} and {@code micros2}. */
  private static PatternResult pattern(long id, String sql, long micros1, long micros2) {
    Histogram latency = Results.newHistogram();
    latency.recordValue(micros1);
    latency.recordValue(micros2);
    return PatternResult.newBuilder()
        .setFingerprint(id)
        .setNormalizedSql(sql)
        .setCount(2)
        .setLatencyHistogram(Results.encodeHistogram(latency))
        .build();
  }
}
