package io.scry.cli.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.api.JobResults;
import io.scry.coordinator.api.Json;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ReplayResult;
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

/** {@code GET /api/v1/jobs/{id}/results}: the merged protobuf results of a finished job. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class JobResultsApiIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  private static final String TOKEN = "t0ken";

  @TempDir static Path tmp;

  private static ApiTestCluster cluster;

  @BeforeAll
  static void start() throws Exception {
    cluster =
        ApiTestCluster.start(
            PG, tmp, TOKEN, "control_results", "target_results_a", "target_results_b");
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aFinishedJobServesEveryPhaseAsAParseableReplayResult() throws Exception {
    String id = submit("\"mode\": \"stress\", \"rounds\": 2");
    awaitFinal(id);

    HttpResponse<String> response = send(get("api/v1/jobs/" + id + "/results", TOKEN));
    assertEquals(200, response.statusCode(), response.body());
    JobResults results = Json.MAPPER.readValue(response.body(), JobResults.class);
    assertEquals("done", results.job().state());
    assertEquals(4, results.phases().size());
    for (int target = 0; target < 2; target++) {
      List<ReplayResult> rounds = results.ofTarget(target);
      assertEquals(2, rounds.size());
      for (ReplayResult round : rounds) {
        assertEquals(40, round.getStatements());
        for (PatternResult pattern : round.getPatternsList()) {
          assertEquals(cluster.expected().get(pattern.getFingerprint()), pattern.getCount());
        }
      }
    }
    assertTrue(results.phases().get(0).target().contains(":***@"), response.body());
  }

  @Test
  void resultsNeedTheTokenAndAKnownFinishedJob() throws Exception {
    assertEquals(401, send(get("api/v1/jobs/nope/results", null)).statusCode());
    assertEquals(401, send(get("api/v1/jobs/nope/results", "wrong")).statusCode());
    HttpResponse<String> unknown = send(get("api/v1/jobs/nope/results", TOKEN));
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("no job nope"), unknown.body());

    // At a thousandth of the captured speed the job is still going when asked.
    String slow = submit("\"speed\": 0.001");
    HttpResponse<String> early = send(get("api/v1/jobs/" + slow + "/results", TOKEN));
    assertEquals(409, early.statusCode(), early.body());
    assertTrue(early.body().contains("not finished"), early.body());
    send(
        HttpRequest.newBuilder(cluster.api().resolve("api/v1/jobs/" + slow))
            .header("Authorization", "Bearer " + TOKEN)
            .DELETE());
  }

  private String submit(String extra) throws Exception {
    String body = cluster.job(extra);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(cluster.api().resolve("api/v1/jobs"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(201, response.statusCode(), response.body());
    return Json.MAPPER.readTree(response.body()).get("id").asText();
  }

  private void awaitFinal(String id) throws Exception {
    while (true) {
      String state =
          Json.MAPPER.readTree(send(get("api/v1/jobs/" + id, TOKEN)).body()).get("state").asText();
      if (state.equals("done") || state.equals("failed") || state.equals("cancelled")) {
        return;
      }
      Thread.sleep(100);
    }
  }

  private static HttpRequest.Builder get(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(cluster.api().resolve(path)).timeout(Duration.ofSeconds(30)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return cluster.send(request);
  }
}
