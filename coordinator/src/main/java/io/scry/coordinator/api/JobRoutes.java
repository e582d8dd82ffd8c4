package io.scry.coordinator.api;

import com.typesafe.config.Config;
import io.scry.coordinator.jobs.InvalidJobSpecException;
import io.scry.coordinator.jobs.JobClient;
import io.scry.coordinator.jobs.JobSpec;
import io.scry.coordinator.jobs.JobState;
import io.scry.coordinator.jobs.JobStatus;
import io.scry.coordinator.merge.PhaseReport;
import io.scry.coordinator.store.CaptureStore;
import io.scry.protocol.security.Secrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.pekko.NotUsed;
import org.apache.pekko.http.javadsl.marshalling.sse.EventStreamMarshalling;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.HttpChallenge;
import org.apache.pekko.http.javadsl.model.headers.WWWAuthenticate;
import org.apache.pekko.http.javadsl.model.sse.ServerSentEvent;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.unmarshalling.Unmarshaller;
import org.apache.pekko.stream.javadsl.Source;

/**
 * The HTTP job API (documented in docs/API.md and docs/openapi.yaml). Everything under {@code
 * /api/v1} needs {@code Authorization: Bearer <token>} (compared in constant time) unless the
 * coordinator was started insecure without a token; {@code /healthz} and {@code /metrics} never do.
 */
public final class JobRoutes extends AllDirectives {

  private final JobClient jobs;
  private final CaptureStore captures;
  private final byte[] token;
  private final Duration eventInterval;
  private final Supplier<CompletionStage<Integer>> workersUp;

  /**
   * @param token bearer token required under /api/v1, or null for none (an insecure coordinator)
   * @param workersUp how many replay workers are registered and reachable, for /metrics
   */
  public JobRoutes(
      JobClient jobs,
      CaptureStore captures,
      String token,
      Config config,
      Supplier<CompletionStage<Integer>> workersUp) {
    this.jobs = jobs;
    this.captures = captures;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.eventInterval = config.getDuration("scry.coordinator.http.event-interval");
    this.workersUp = workersUp;
  }

  public Route routes() {
    return concat(
        path("healthz", () -> get(() -> complete("ok"))),
        path("metrics", () -> get(this::metrics)),
        pathPrefix(
            PathMatchers.segment("api").slash("v1"),
            () -> authorized(() -> concat(jobRoutes(), captureRoutes()))));
  }

  private Route jobRoutes() {
    return pathPrefix(
        "jobs",
        () ->
            concat(
                pathEnd(
                    () ->
                        concat(
                            post(() -> entity(Unmarshaller.entityToString(), this::submit)),
                            get(this::list))),
                pathPrefix(
                    PathMatchers.segment(),
                    id ->
                        concat(
                            pathEnd(
                                () ->
                                    concat(
                                        get(
                                            () ->
                                                parameterOptional(
                                                    "until",
                                                    until ->
                                                        parameterOptional(
                                                            "wait",
                                                            wait -> status(id, until, wait)))),
                                        delete(() -> cancel(id)))),
                            path("stop", () -> post(() -> stop(id))),
                            path("report", () -> get(() -> report(id))),
                            path("results", () -> get(() -> results(id))),
                            path("events", () -> get(() -> events(id)))))));
  }

  private Route captureRoutes() {
    return path("captures", () -> get(this::listCaptures));
  }

  private Route authorized(Supplier<Route> inner) {
    if (token == null) {
      return inner.get();
    }
    return optionalHeaderValueByName(
        "Authorization",
        header -> {
          boolean ok =
              header.isPresent()
                  && header.get().startsWith("Bearer ")
                  && Secrets.equal(
                      header.get().substring(7).getBytes(StandardCharsets.UTF_8), token);
          if (ok) {
            return inner.get();
          }
          return complete(
              Json.error(StatusCodes.UNAUTHORIZED, "missing or wrong bearer token")
                  .addHeader(WWWAuthenticate.create(HttpChallenge.create("Bearer", "scry"))));
        });
  }

  private Route submit(String body) {
    JobRequest request;
    try {
      request = JobRequests.parse(body);
    } catch (InvalidJobSpecException e) {
      return complete(Json.error(StatusCodes.BAD_REQUEST, e.getMessage()));
    }
    // A named checkpoint is looked up on the shadow's server: a query, kept off Pekko's threads.
    CompletionStage<JobSpec> spec =
        request.checkpoint().isEmpty()
            ? CompletableFuture.completedFuture(request.spec())
            : CompletableFuture.supplyAsync(request::resolve);
    return completeWithFuture(
        spec.thenCompose(jobs::submit)
            .thenApply(job -> Json.response(StatusCodes.CREATED, JobView.of(job)))
            .exceptionally(JobRoutes::failure));
  }

  private Route list() {
    return completeWithFuture(
        jobs.list().thenApply(all -> Json.ok(all.stream().map(JobView::of).toList())));
  }

  /**
   * The job now, or with {@code until} a long poll until it has got that far ({@link LongPoll}).
   */
  private Route status(String id, Optional<String> until, Optional<String> wait) {
    Optional<LongPoll> poll;
    try {
      poll = LongPoll.of(until, wait);
    } catch (IllegalArgumentException e) {
      return complete(Json.error(StatusCodes.BAD_REQUEST, e.getMessage()));
    }
    return completeWithFuture(
        poll.map(p -> jobs.await(id, p.until(), p.atMost()))
            .orElseGet(() -> jobs.status(id))
            .thenApply(job -> job.map(j -> Json.ok(JobView.of(j))).orElseGet(() -> notFound(id))));
  }

  private Route cancel(String id) {
    return completeWithFuture(
        jobs.cancel(id)
            .thenApply(job -> job.map(j -> Json.ok(JobView.of(j))).orElseGet(() -> notFound(id))));
  }

  private Route stop(String id) {
    return completeWithFuture(
        jobs.stop(id)
            .thenApply(
                job ->
                    job.map(j -> Json.response(StatusCodes.ACCEPTED, JobView.of(j)))
                        .orElseGet(() -> notFound(id))));
  }

  /** The job and the per-pattern report of every phase finished so far. */
  public record Report(JobView job, List<PhaseReport> phases) {}

  private Route report(String id) {
    return ofKnownJob(
        id,
        job ->
            jobs.results(id)
                .thenApply(
                    results ->
                        Json.ok(
                            new Report(
                                JobView.of(job),
                                results.stream()
                                    .map(
                                        r -> PhaseReport.of(r.round(), r.targetIndex(), r.result()))
                                    .toList()))));
  }

  /** The merged results of a finished job's phases; 409 while it is still going. */
  private Route results(String id) {
    return ofKnownJob(
        id,
        job -> {
          if (!job.state().isFinal()) {
            return CompletableFuture.completedFuture(
                Json.error(
                    StatusCodes.CONFLICT,
                    "job " + id + " is " + job.state().label() + ", not finished"));
          }
          return jobs.results(id)
              .thenApply(
                  results ->
                      Json.ok(
                          new JobResults(
                              JobView.of(job),
                              results.stream().map(JobResults.Phase::of).toList())));
        });
  }

  /** What {@code answer} makes of job {@code id}, or 404 when there is no such job. */
  private Route ofKnownJob(String id, Function<JobStatus, CompletionStage<HttpResponse>> answer) {
    return completeWithFuture(
        jobs.status(id)
            .thenCompose(
                job ->
                    job.map(answer)
                        .orElseGet(() -> CompletableFuture.completedFuture(notFound(id)))));
  }

  /** Server-sent {@code progress} events with the job's status until it is final. */
  private Route events(String id) {
    return onSuccess(
        jobs.status(id),
        job -> {
          if (job.isEmpty()) {
            return complete(notFound(id));
          }
          Source<ServerSentEvent, NotUsed> events =
              Source.tick(Duration.ZERO, eventInterval, "tick")
                  .mapAsync(1, tick -> jobs.status(id))
                  .takeWhile(Optional::isPresent)
                  .map(Optional::get)
                  .takeWhile(status -> !status.state().isFinal(), true)
                  .map(status -> ServerSentEvent.create(Json.write(JobView.of(status)), "progress"))
                  .mapMaterializedValue(cancellable -> NotUsed.getInstance());
          return completeOK(events, EventStreamMarshalling.toEventStream());
        });
  }

  private Route listCaptures() {
    return completeWithFuture(
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Json.ok(captures.list());
              } catch (IOException e) {
                throw new CompletionException(e);
              }
            }));
  }

  private Route metrics() {
    return completeWithFuture(
        jobs.list()
            .thenCombine(
                workersUp.get(),
                (all, workers) -> {
                  Map<JobState, Integer> byState = new EnumMap<>(JobState.class);
                  for (JobState state : JobState.values()) {
                    byState.put(state, 0);
                  }
                  all.forEach(job -> byState.merge(job.state(), 1, Integer::sum));
                  StringBuilder text = new StringBuilder();
                  text.append("# HELP scry_jobs Jobs known to the coordinator, by state.\n");
                  text.append("# TYPE scry_jobs gauge\n");
                  byState.forEach(
                      (state, count) ->
                          text.append("scry_jobs{state=\"")
                              .append(state.label())
                              .append("\"} ")
                              .append(count)
                              .append('\n'));
                  text.append("# HELP scry_workers_up Replay workers registered and reachable.\n");
                  text.append("# TYPE scry_workers_up gauge\n");
                  text.append("scry_workers_up ").append(workers).append('\n');
                  return HttpResponse.create()
                      .withEntity(ContentTypes.TEXT_PLAIN_UTF8, text.toString());
                }));
  }

  private static HttpResponse notFound(String id) {
    return Json.error(StatusCodes.NOT_FOUND, "no job " + id);
  }

  private static HttpResponse failure(Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof InvalidJobSpecException invalid) {
      return Json.error(StatusCodes.BAD_REQUEST, invalid.getMessage());
    }
    return Json.error(StatusCodes.INTERNAL_SERVER_ERROR, String.valueOf(cause.getMessage()));
  }
}
