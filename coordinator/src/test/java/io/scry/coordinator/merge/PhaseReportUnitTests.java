package io.scry.coordinator.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import io.scry.coordinator.api.Json;
import io.scry.protocol.result.Results;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ReplayResult;
import java.util.stream.LongStream;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class PhaseReportUnitTests {

  @Test
  void eachPatternReportsItsOwnScheduleLag() {
    ByteString onTime = micros(LongStream.range(0, 100).map(i -> 200));
    ByteString behind = micros(LongStream.range(0, 20).map(i -> 400_000));
    ReplayResult result =
        ReplayResult.newBuilder()
            .setTarget("postgres://shadow/db")
            .setStatements(125)
            .addPatterns(pattern(1, "select on time", 100, onTime))
            .addPatterns(pattern(2, "select behind a slow one", 20, behind))
            .addPatterns(pattern(3, "select in a stress replay", 5, ByteString.EMPTY))
            .build();

    PhaseReport report = PhaseReport.of(1, 0, result);

    assertEquals(0.2, row(report, "select on time").scheduleLag().p99Ms(), 0.01);
    assertEquals(400.0, row(report, "select behind a slow one").scheduleLag().p50Ms(), 1.0);
    assertEquals(0.0, row(report, "select in a stress replay").scheduleLag().maxMs());
    // Busiest first, as the API serves it.
    JsonNode json = Json.MAPPER.valueToTree(report);
    assertEquals("select behind a slow one", json.at("/patterns/1/sql").asText());
    assertEquals(400.0, json.at("/patterns/1/scheduleLag/p99Ms").asDouble(), 1.0, json.toString());
  }

  private static PatternRow row(PhaseReport report, String sql) {
    return report.patterns().stream().filter(r -> r.sql().equals(sql)).findFirst().orElseThrow();
  }

  private static PatternResult pattern(long fingerprint, String sql, long count, ByteString lag) {
    return PatternResult.newBuilder()
        .setFingerprint(fingerprint)
        .setNormalizedSql(sql)
        .setCount(count)
        .setScheduleLagHistogram(lag)
        .build();
  }

  private static ByteString micros(LongStream values) {
    Histogram histogram = Results.newHistogram();
    values.forEach(histogram::recordValue);
    return Results.encodeHistogram(histogram);
  }
}
