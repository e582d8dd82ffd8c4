package io.scry.cli.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scry.coordinator.api.Json;
import io.scry.testsupport.PostgresExtension;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP job API of a coordinator with one worker: authentication, errors and a whole job. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class JobApiIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  private static final String TOKEN = "s3cret";

  @TempDir static Path tmp;

  private static ApiTestCluster cluster;

  @BeforeAll
  static void start() throws Exception {
    cluster = ApiTestCluster.start(PG, tmp, TOKEN, "control_api", "target_api");
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void everyApiCallNeedsTheBearerToken() throws Exception {
    assertEquals(401, send(get("api/v1/jobs")).statusCode());
    assertEquals(
        401, send(get("api/v1/jobs").header("Authorization", "Bearer wrong")).statusCode());
    assertEquals(401, send(post("{}").header("Authorization", "Basic " + TOKEN)).statusCode());
  }

  @Test
  void healthAndMetricsNeedNoToken() throws Exception {
    assertEquals(200, send(get("healthz")).statusCode());
    HttpResponse<String> metrics = send(get("metrics"));
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("scry_jobs{state=\"queued\"}"), metrics.body());
  }

  @Test
  void invalidJobsAreRejectedNamingTheField() throws Exception {
    assertRejected("{\"capture\": ", "malformed JSON");
    assertRejected("[1, 2]", "JSON object");
    assertRejected("{\"targets\": [\"" + PG.url("target_api") + "\"]}", "capture is required");
    assertRejected("{\"capture\": \"" + cluster.capture() + "\"}", "targets is required");
    assertRejected(cluster.job("\"speed\": \"fast\""), "speed must be a number");
    assertRejected(cluster.job("\"speed\": -1"), "speed must be a positive number");
    assertRejected(cluster.job("\"mode\": \"turbo\""), "mode must be");
    assertRejected(cluster.job("\"rounds\": 0"), "rounds must be at least 1");
    assertRejected(cluster.job("\"samplePct\": 120"), "samplePct must be in");
    assertRejected(cluster.job("\"colour\": \"red\""), "unknown field 'colour'");
    assertRejected(
        "{\"capture\": \"" + cluster.capture() + "\", \"targets\": [\"mysql://x\"]}",
        "targets must be");
    assertRejected(
        "{\"capture\": \"no-such-capture\", \"targets\": [\"" + PG.url("target_api") + "\"]}",
        "capture 'no-such-capture' is neither");
  }

  @Test
  void unknownJobsAreNotFound() throws Exception {
    assertEquals(404, send(authorized(get("api/v1/jobs/nope"))).statusCode());
    assertEquals(404, send(authorized(get("api/v1/jobs/nope/report"))).statusCode());
    assertEquals(404, send(authorized(get("api/v1/jobs/nope/events"))).statusCode());
    HttpResponse<String> cancel =
        send(
            authorized(HttpRequest.newBuilder(cluster.api().resolve("api/v1/jobs/nope")).DELETE()));
    assertEquals(404, cancel.statusCode());
    assertTrue(cancel.body().contains("no job nope"), cancel.body());
  }

  @Test
  void aSubmittedJobRunsAndReportsEveryPattern() throws Exception {
    HttpResponse<String> submitted = send(authorized(post(cluster.job("\"mode\": \"stress\""))));
    assertEquals(201, submitted.statusCode(), submitted.body());
    JsonNode job = Json.MAPPER.readTree(submitted.body());
    String id = job.get("id").asText();
    assertEquals("queued", job.get("state").asText());
    assertTrue(job.get("spec").get("targets").get(0).asText().contains(":***@"), submitted.body());

    // The event stream ends with the job's final state.
    HttpResponse<String> events =
        send(authorized(get("api/v1/jobs/" + id + "/events")).timeout(Duration.ofSeconds(60)));
    assertEquals(200, events.statusCode());
    assertTrue(
        events.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
    assertTrue(events.body().contains("event:progress"), events.body());
    assertTrue(events.body().contains("\"state\":\"done\""), events.body());

    JsonNode status = Json.MAPPER.readTree(send(authorized(get("api/v1/jobs/" + id))).body());
    assertEquals("done", status.get("state").asText());
    assertEquals(100.0, status.get("progressPct").asDouble());

    JsonNode report =
        Json.MAPPER.readTree(send(authorized(get("api/v1/jobs/" + id + "/report"))).body());
    JsonNode phase = report.get("phases").get(0);
    assertEquals(40, phase.get("statements").asLong());
    long insertCount = 0;
    for (JsonNode pattern : phase.get("patterns")) {
      long fingerprint = Long.parseUnsignedLong(pattern.get("fingerprint").asText(), 16);
      assertEquals(
          cluster.expected().get(fingerprint), pattern.get("count").asLong(), pattern.toString());
      assertTrue(pattern.get("latency").get("p99Ms").asDouble() > 0, pattern.toString());
      if (pattern.get("sql").asText().toUpperCase(java.util.Locale.ROOT).startsWith("INSERT")) {
        insertCount = pattern.get("count").asLong();
      }
    }
    assertEquals(20, insertCount);

    JsonNode all = Json.MAPPER.readTree(send(authorized(get("api/v1/jobs"))).body());
    assertTrue(all.toString().contains(id));
  }

  @Test
  void aCancelledJobEndsCancelled() throws Exception {
    // At a thousandth of the captured speed the replay would take many seconds.
    HttpResponse<String> submitted = send(authorized(post(cluster.job("\"speed\": 0.001"))));
    assertEquals(201, submitted.statusCode(), submitted.body());
    String id = Json.MAPPER.readTree(submitted.body()).get("id").asText();

    HttpResponse<String> cancelled =
        send(
            authorized(
                HttpRequest.newBuilder(cluster.api().resolve("api/v1/jobs/" + id)).DELETE()));
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("cancelled", Json.MAPPER.readTree(cancelled.body()).get("state").asText());
    JsonNode status = Json.MAPPER.readTree(send(authorized(get("api/v1/jobs/" + id))).body());
    assertEquals("cancelled", status.get("state").asText());
    assertEquals("cancelled on request", status.get("reason").asText());
  }

  /** A stopped job ends done, with the statements it replayed before the stop and no more. */
  @Test
  void aStoppedJobEndsDoneWithWhatItReplayed() throws Exception {
    // At a thousandth of the captured speed each session's ten statements take about ten seconds.
    String id = submitted(cluster.job("\"speed\": 0.001"));
    assertEquals("running", longPoll(id, "until=running&wait=15s").get("state").asText());
    Thread.sleep(3_000);

    HttpResponse<String> stopped =
        send(
            authorized(
                HttpRequest.newBuilder(cluster.api().resolve("api/v1/jobs/" + id + "/stop"))
                    .POST(HttpRequest.BodyPublishers.noBody())));
    assertEquals(202, stopped.statusCode(), stopped.body());

    JsonNode done = longPoll(id, "until=done&wait=15s");
    assertEquals("done", done.get("state").asText(), done.toString());
    assertTrue(done.get("reason").asText().startsWith("stopped on request"), done.toString());
    JsonNode report =
        Json.MAPPER.readTree(send(authorized(get("api/v1/jobs/" + id + "/report"))).body());
    long statements = report.get("phases").get(0).get("statements").asLong();
    assertTrue(statements > 0 && statements < 40, "replayed before the stop: " + statements);
  }

  @Test
  void aLongPollAnswersWhenTheJobGetsThere() throws Exception {
    String id = submitted(cluster.job("\"mode\": \"stress\""));
    JsonNode running = longPoll(id, "until=running&wait=15s");
    assertTrue(
        List.of("running", "merging", "done").contains(running.get("state").asText()),
        running.toString());
    JsonNode done = longPoll(id, "until=done&wait=15s");
    assertEquals("done", done.get("state").asText(), done.toString());
    // Once there, the answer is immediate.
    long started = System.nanoTime();
    assertEquals("done", longPoll(id, "until=running").get("state").asText());
    assertTrue(System.nanoTime() - started < Duration.ofSeconds(5).toNanos());
  }

  @Test
  void aLongPollEndsAfterItsWaitWithTheJobAsItIs() throws Exception {
    // At a thousandth of the captured speed the replay would take many seconds.
    String id = submitted(cluster.job("\"speed\": 0.001"));
    long started = System.nanoTime();
    JsonNode status = longPoll(id, "until=done&wait=300ms");
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    send(authorized(HttpRequest.newBuilder(cluster.api().resolve("api/v1/jobs/" + id)).DELETE()));
    assertTrue(
        List.of("queued", "planning", "running").contains(status.get("state").asText()),
        status.toString());
    assertTrue(tookMillis >= 300 && tookMillis < 10_000, "answered after " + tookMillis + " ms");
  }

  @Test
  void aLongPollWithBadParametersIsRejected() throws Exception {
    assertBadPoll("until=finished", "'until' must be one of queued, planning, running");
    assertBadPoll("until=done&wait=forever", "'wait' must be a duration such as 30s or 500ms");
    assertBadPoll("until=done&wait=16s", "'wait' must be at most 15s");
    assertBadPoll("wait=1s", "'wait' needs 'until'");
    assertEquals(404, send(authorized(get("api/v1/jobs/nope?until=done&wait=1s"))).statusCode());
  }

  private void assertBadPoll(String query, String message) throws Exception {
    HttpResponse<String> response = send(authorized(get("api/v1/jobs/nope?" + query)));
    assertEquals(400, response.statusCode(), response.body());
    String error = Json.MAPPER.readTree(response.body()).get("error").asText();
    assertTrue(error.contains(message), "expected '" + message + "' in: " + error);
  }

  private String submitted(String body) throws Exception {
    HttpResponse<String> submitted = send(authorized(post(body)));
    assertEquals(201, submitted.statusCode(), submitted.body());
    return Json.MAPPER.readTree(submitted.body()).get("id").asText();
  }

  private JsonNode longPoll(String id, String query) throws Exception {
    HttpResponse<String> response =
        send(authorized(get("api/v1/jobs/" + id + "?" + query)).timeout(Duration.ofSeconds(60)));
    assertEquals(200, response.statusCode(), response.body());
    return Json.MAPPER.readTree(response.body());
  }

  private void assertRejected(String body, String message) throws Exception {
    HttpResponse<String> response = send(authorized(post(body)));
    assertEquals(400, response.statusCode(), response.body());
    String error = Json.MAPPER.readTree(response.body()).get("error").asText();
    assertTrue(error.contains(message), "expected '" + message + "' in: " + error);
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(cluster.api().resolve(path)).GET();
  }

  private static HttpRequest.Builder post(String body) {
    return HttpRequest.newBuilder(cluster.api().resolve("api/v1/jobs"))
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder request) {
    return request.header("Authorization", "Bearer " + TOKEN);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return cluster.send(request);
  }
}
