package io.scry.coordinator.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import io.scry.coordinator.report.JsonReport;
import io.scry.coordinator.report.MigrationSummary;
import io.scry.coordinator.report.RunInfo;
import io.scry.coordinator.report.VerdictReport;
import io.scry.protocol.replay.ReplayMode;
import io.scry.protocol.result.Results;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ReplayResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** A timed gate reports, per pattern and side, how late its statements started. */
class ScheduleLagComparisonUnitTests {

  @Test
  void aTimedReplayPoolsEachSidesLagOverItsRounds() {
    Comparison comparison =
        new Comparer(Thresholds.DEFAULTS)
            .compare(
                List.of(round(lag(200, 300)), round(lag(250))),
                List.of(round(lag(40_000, 41_000)), round(lag(45_000))),
                List.of());

    LatencyComparison latency = comparison.patterns().get(0).latency();
    assertTrue(latency.timed());
    assertEquals(0.3, latency.baselineLagP99Ms(), 0.01);
    assertEquals(45.0, latency.candidateLagP99Ms(), 0.1);
  }

  @Test
  void aStressReplayHasNoLagToReport() {
    Comparison comparison =
        new Comparer(Thresholds.DEFAULTS)
            .compare(List.of(round(ByteString.EMPTY)), List.of(round(ByteString.EMPTY)), List.of());

    LatencyComparison latency = comparison.patterns().get(0).latency();
    assertFalse(latency.timed());
    assertTrue(Double.isNaN(latency.baselineLagP99Ms()));
  }

  @Test
  void theJsonReportShowsTheLagOfATimedGateOnly() throws Exception {
    JsonNode timed =
        patternJson(
            new Comparer(Thresholds.DEFAULTS)
                .compare(List.of(round(lag(200))), List.of(round(lag(9_000))), List.of()));
    JsonNode stress =
        patternJson(
            new Comparer(Thresholds.DEFAULTS)
                .compare(
                    List.of(round(ByteString.EMPTY)), List.of(round(ByteString.EMPTY)), List.of()));

    assertEquals(0.2, timed.at("/schedule_lag_p99_ms/baseline").asDouble(), 0.01, timed.toString());
    assertEquals(9.0, timed.at("/schedule_lag_p99_ms/candidate").asDouble(), 0.01);
    assertTrue(stress.path("schedule_lag_p99_ms").isMissingNode(), stress.toString());
  }

  private static JsonNode patternJson(Comparison comparison) throws Exception {
    RunInfo run =
        new RunInfo("capture", "shadow", ReplayMode.TIMED, 1, 100, 20, 1, Map.of(), Map.of(), 0, 0);
    MigrationSummary migration = new MigrationSummary("true", 0, 1, "", "", List.of());
    String json =
        new JsonReport()
            .render(new VerdictReport(Instant.now(), run, comparison, Map.of(), migration));
    return new ObjectMapper().readTree(json).get("patterns").get(0);
  }

  private static ReplayResult round(ByteString lag) {
    Histogram latency = Results.newHistogram();
    LongStream.range(0, 20).forEach(i -> latency.recordValue(1_000 + i));
    return ReplayResult.newBuilder()
        .setStatements(20)
        .addPatterns(
            PatternResult.newBuilder()
                .setFingerprint(7)
                .setNormalizedSql("select ?")
                .setCount(20)
                .setLatencyHistogram(Results.encodeHistogram(latency))
                .setScheduleLagHistogram(lag))
        .build();
  }

  private static ByteString lag(long... micros) {
    Histogram lag = Results.newHistogram();
    LongStream.of(micros).forEach(lag::recordValue);
    return Results.encodeHistogram(lag);
  }
}
