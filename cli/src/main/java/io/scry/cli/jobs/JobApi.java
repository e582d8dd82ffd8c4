package io.scry.cli.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.scry.cli.failure.UserFailure;
import io.scry.coordinator.api.JobResults;
import io.scry.coordinator.api.JobRoutes;
import io.scry.coordinator.api.JobView;
import io.scry.coordinator.api.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A small client of the coordinator's HTTP job API (docs/API.md). Errors are {@link IOException}s
 * whose message is the coordinator's {@code error}.
 */
public final class JobApi {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI base;
  private final String token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /**
   * @param coordinator base URL, e.g. {@code http://127.0.0.1:8080}
   * @param token bearer token, or null
   */
  public JobApi(String coordinator, String token) {
    this.base = base(coordinator);
    this.token = token;
  }

  /**
   * The base URL, or a failure naming {@code --coordinator}: {@code 127.0.0.1:8080} without its
   * scheme is the usual mistake, and the URI parser's own words for it mean nothing to a user.
   */
  private static URI base(String coordinator) {
    String url =
        coordinator.strip().endsWith("/") ? coordinator.strip() : coordinator.strip() + "/";
    try {
      URI uri = new URI(url);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // Told below, in the same words as a URL of the wrong form.
    }
    throw new UserFailure(
        "--coordinator must be the URL of the coordinator's job API, such as"
            + " http://coordinator:8080, got '"
            + coordinator
            + "'",
        coordinator.contains("://")
            ? "give an http:// or https:// URL with a host"
            : "write it with its scheme, e.g. --coordinator http://" + coordinator.strip());
  }

  /**
   * Asks for the coordinator's captures: answers only when it is up and accepts the token, so the
   * gate learns both before it clones anything.
   */
  public void checkReachable() throws IOException, InterruptedException {
    send(request("api/v1/captures").GET());
  }

  /** The coordinator's base URL. */
  public URI base() {
    return base;
  }

  public JobView submit(Map<String, Object> job) throws IOException, InterruptedException {
    return Json.MAPPER.readValue(
        send(request("api/v1/jobs").POST(HttpRequest.BodyPublishers.ofString(Json.write(job)))),
        JobView.class);
  }

  public JobView status(String id) throws IOException, InterruptedException {
    return Json.MAPPER.readValue(send(request("api/v1/jobs/" + id).GET()), JobView.class);
  }

  /**
   * A long poll: the job as soon as its state is {@code until} or later (a final state is later
   * than every state), or as it is after {@code wait} (at most 15 s). A coordinator that predates
   * the long poll answers at once.
   */
  public JobView await(String id, String until, Duration wait)
      throws IOException, InterruptedException {
    String query = "?until=" + until + "&wait=" + wait.toMillis() + "ms";
    return Json.MAPPER.readValue(send(request("api/v1/jobs/" + id + query).GET()), JobView.class);
  }

  /** Cancels a queued or running job. */
  public JobView cancel(String id) throws IOException, InterruptedException {
    return Json.MAPPER.readValue(send(request("api/v1/jobs/" + id).DELETE()), JobView.class);
  }

  /** Stops a running job early, keeping what it replayed ({@code POST /api/v1/jobs/{id}/stop}). */
  public JobView stop(String id) throws IOException, InterruptedException {
    return Json.MAPPER.readValue(
        send(request("api/v1/jobs/" + id + "/stop").POST(HttpRequest.BodyPublishers.noBody())),
        JobView.class);
  }

  /** The report as the API returns it, JSON text. */
  String reportJson(String id) throws IOException, InterruptedException {
    return send(request("api/v1/jobs/" + id + "/report").GET());
  }

  /** The merged results of a finished job ({@code GET /api/v1/jobs/{id}/results}). */
  public JobResults results(String id) throws IOException, InterruptedException {
    return Json.MAPPER.readValue(
        send(request("api/v1/jobs/" + id + "/results").GET()), JobResults.class);
  }

  static JobRoutes.Report parseReport(String json) throws JsonProcessingException {
    return Json.MAPPER.readValue(json, JobRoutes.Report.class);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.net.ConnectException e) {
      throw new IOException("cannot reach the coordinator at " + base, e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new Refused(response.statusCode(), errorOf(response.body()));
    }
    return response.body();
  }

  /** The coordinator answered, with a status other than 2xx. */
  public static final class Refused extends IOException {
    private final int status;

    Refused(int status, String error) {
      super("the coordinator answered " + status + ": " + error);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private static String errorOf(String body) {
    try {
      JsonNode error = Json.MAPPER.readTree(body).get("error");
      return error == null ? body : error.asText();
    } catch (JsonProcessingException e) {
      return body;
    }
  }
}
