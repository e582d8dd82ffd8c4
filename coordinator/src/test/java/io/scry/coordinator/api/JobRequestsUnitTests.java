package io.scry.coordinator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.scry.coordinator.jobs.InvalidJobSpecException;
import io.scry.coordinator.jobs.JobSpec;
import io.scry.protocol.replay.ReplayMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobRequestsUnitTests {

  private static final String TARGET = "postgres://u:p@h:5432/db";

  @Test
  void leftOutFieldsTakeTheJobDefaults() {
    JobSpec spec =
        JobRequests.parse("{\"capture\": \"orders\", \"targets\": [\"" + TARGET + "\"]}").spec();

    assertEquals(JobSpec.builder("orders", List.of(TARGET)).build(), spec);
    assertEquals(ReplayMode.TIMED, spec.mode());
    assertEquals(1, spec.speed());
    assertEquals(100, spec.samplePct());
    assertEquals(1, spec.rounds());
    assertEquals(0, spec.maxConnections());
  }

  @Test
  void everyFieldIsRead() {
    JobSpec spec =
        JobRequests.parse(
                "{\"capture\": \"orders\", \"targets\": [\""
                    + TARGET
                    + "\"], \"mode\": \"STRESS\", \"speed\": 3, \"samplePct\": 25, \"rounds\": 2,"
                    + " \"maxConnections\": 8, \"fromUnixNanos\": 10, \"toUnixNanos\": 20}")
            .spec();

    assertEquals(
        JobSpec.stress("orders", List.of(TARGET))
            .withRounds(2)
            .withSamplePct(25)
            .withMaxConnections(8)
            .withWindow(10L, 20L)
            .toBuilder()
            .speed(3)
            .build(),
        spec);
  }

  @Test
  void lastMinutesAndAWindowDoNotMix() {
    InvalidJobSpecException e =
        assertThrows(
            InvalidJobSpecException.class,
            () ->
                JobRequests.parse(
                    "{\"capture\": \"c\", \"targets\": [\""
                        + TARGET
                        + "\"], \"lastMinutes\": 5, \"fromUnixNanos\": 1}"));
    assertEquals("lastMinutes", e.field());
  }

  @Test
  void aReplayRoleIsReadAndABlankOrOverlongOneIsNamed() {
    assertEquals("app", JobRequests.parse(job("\"replayRole\": \"app\"")).spec().replayRole());
    assertEquals(null, JobRequests.parse(job("\"replayRole\": null")).spec().replayRole());
    for (String bad : List.of("\" \"", "\"" + "r".repeat(64) + "\"")) {
      assertEquals("replayRole", rejected("\"replayRole\": " + bad).field());
    }
  }

  @Test
  void aMeasureOffsetIsReadAndANegativeOneIsNamed() {
    assertEquals(
        5000, JobRequests.parse(job("\"measureAfterMs\": 5000")).spec().measureAfterMillis());
    JobSpec plain = JobRequests.parse(job("\"mode\": \"stress\"")).spec();
    assertEquals(0, plain.measureAfterMillis(), "every statement measured");
    assertEquals("measureAfterMs", rejected("\"measureAfterMs\": -1").field());
  }

  @Test
  void aBadModeIsNamed() {
    InvalidJobSpecException e =
        assertThrows(
            InvalidJobSpecException.class,
            () ->
                JobRequests.parse(
                    "{\"capture\": \"c\", \"targets\": [\"" + TARGET + "\"], \"mode\": \"fast\"}"));
    assertEquals("mode", e.field());
  }

  @Test
  void aCheckpointIsNamedByItsShadowAndNameTogether() {
    JobRequest request =
        JobRequests.parse(job("\"shadow\": \"" + TARGET + "\", \"shadowCheckpoint\": \"c1\""));
    assertEquals("c1", request.checkpoint().orElseThrow().name());
    assertEquals("h", request.checkpoint().orElseThrow().shadow().host());
    assertEquals(null, request.spec().afterCheckpointUnixNanos(), "set once it is looked up");

    assertEquals("shadow", rejected("\"shadowCheckpoint\": \"c1\"").field());
    assertEquals("shadowCheckpoint", rejected("\"shadow\": \"" + TARGET + "\"").field());
    assertEquals(
        "afterCheckpointUnixNanos",
        rejected(
                "\"shadow\": \""
                    + TARGET
                    + "\", \"shadowCheckpoint\": \"c1\", \"afterCheckpointUnixNanos\": 5")
            .field());
    assertEquals(
        "shadowCheckpoint",
        rejected("\"shadow\": \"" + TARGET + "\", \"shadowCheckpoint\": \"Bad Name\"").field());
    InvalidJobSpecException url =
        rejected("\"shadow\": \"postgres://u:pw@h:5432/a b%\", \"shadowCheckpoint\": \"c1\"");
    assertEquals("shadow", url.field());
    assertFalse(url.getMessage().contains("pw"), url.getMessage());
  }

  private static String job(String fields) {
    return "{\"capture\": \"c\", \"targets\": [\"" + TARGET + "\"], " + fields + "}";
  }

  private static InvalidJobSpecException rejected(String fields) {
    return assertThrows(InvalidJobSpecException.class, () -> JobRequests.parse(job(fields)));
  }

  @Test
  void withMethodsChangeOneFieldAndWindowAndLastMinutesReplaceEachOther() {
    JobSpec timed = JobSpec.timed("c", List.of(TARGET), 2);
    assertEquals(ReplayMode.TIMED, timed.mode());
    assertEquals(2, timed.speed());

    JobSpec last = timed.withWindow(1L, 2L).withLastMinutes(5);
    assertEquals(5, last.lastMinutes());
    assertEquals(null, last.fromUnixNanos());
    JobSpec window = last.withWindow(1L, null);
    assertEquals(null, window.lastMinutes());
    assertEquals(1L, window.fromUnixNanos());
    assertEquals(timed, window.withWindow(null, null));

    assertEquals(
        List.of("postgres://x@h:5432/y"),
        timed.withTargets(List.of("postgres://x@h:5432/y")).targets());
  }
}
