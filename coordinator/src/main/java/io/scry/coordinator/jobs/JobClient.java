package io.scry.coordinator.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.AskPattern;

/**
 * The Java API of a coordinator's job manager; the HTTP API and the embedded cluster use it.
 *
 * <pre>{@code
 * JobStatus job = client.submit(JobSpec.stress(dir, List.of(url))).toCompletableFuture().join();
 * JobOutcome outcome = client.awaitOutcome(job.id(), Duration.ofMinutes(5));
 * ReplayResult merged = outcome.result(1, 0).orElseThrow();
 * }</pre>
 */
public final class JobClient {

  private static final Duration ASK_TIMEOUT = Duration.ofSeconds(10);

  /**
   * The longest one {@link #await} holds its answer back: well within the HTTP server's request
   * timeout (20 s) and the CLI's (30 s), so that a long poll through the API never times out.
   */
  public static final Duration LONGEST_WAIT = Duration.ofSeconds(15);

  private final ActorSystem<?> system;
  private final ActorRef<JobManager.Command> manager;
  private final JobStore store;

  public JobClient(ActorSystem<?> system, ActorRef<JobManager.Command> manager, JobStore store) {
    this.system = system;
    this.manager = manager;
    this.store = store;
  }

  /** Queues a job. Fails with {@link InvalidJobSpecException} when the capture is unknown. */
  public CompletionStage<JobStatus> submit(JobSpec spec) {
    return onDispatcher(
        AskPattern.askWithStatus(
            manager,
            replyTo -> new JobManager.Submit(spec, replyTo),
            ASK_TIMEOUT,
            system.scheduler()));
  }

  public CompletionStage<Optional<JobStatus>> status(String id) {
    return ask(replyTo -> new JobManager.Get(id, replyTo), ASK_TIMEOUT);
  }

  /**
   * The job as soon as its state has {@linkplain JobState#reached reached} {@code until}, or as it
   * is after {@code wait} (at most {@link #LONGEST_WAIT}); empty if there is no such job.
   */
  public CompletionStage<Optional<JobStatus>> await(String id, JobState until, Duration wait) {
    Duration held = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    return ask(replyTo -> new JobManager.Await(id, until, held, replyTo), ASK_TIMEOUT.plus(held));
  }

  /** All jobs, oldest first. */
  public CompletionStage<List<JobStatus>> list() {
    return ask(JobManager.ListJobs::new, ASK_TIMEOUT);
  }

  /** Cancels a queued or running job; empty if there is no such job. */
  public CompletionStage<Optional<JobStatus>> cancel(String id) {
    return ask(replyTo -> new JobManager.CancelJob(id, replyTo), ASK_TIMEOUT);
  }

  /**
   * Stops a running job early and keeps what it replayed (its state becomes {@code done} once the
   * stopped phase's results are stored); cancels a queued one; empty if there is no such job.
   */
  public CompletionStage<Optional<JobStatus>> stop(String id) {
    return ask(replyTo -> new JobManager.StopJob(id, replyTo), ASK_TIMEOUT);
  }

  /** The merged results of the job's finished phases. */
  public CompletionStage<List<PhaseResult>> results(String id) {
    return store.results(id);
  }

  /**
   * Waits until the job is done, failed or cancelled and returns it with its results.
   *
   * @throws TimeoutException if it is still going after {@code timeout}
   * @throws IllegalArgumentException if there is no such job
   */
  public JobOutcome awaitOutcome(String id, Duration timeout)
      throws TimeoutException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      JobStatus status =
          join(await(id, JobState.DONE, left))
              .orElseThrow(() -> new IllegalArgumentException("no job " + id));
      if (status.state().isFinal()) {
        return new JobOutcome(status, join(results(id)));
      }
      if (System.nanoTime() >= deadline) {
        throw new TimeoutException(
            "job " + id + " still " + status.state().label() + " after " + timeout);
      }
    }
  }

  /** Asks the job manager, answered on the actor system's dispatcher ({@link #onDispatcher}). */
  private <T> CompletionStage<T> ask(
      org.apache.pekko.japi.function.Function<ActorRef<T>, JobManager.Command> message,
      Duration timeout) {
    return onDispatcher(AskPattern.ask(manager, message, timeout, system.scheduler()));
  }

  /**
   * Runs what follows an ask on the actor system's dispatcher. The stage an ask returns runs even
   * the non-async stages chained to it on the common pool, which on a machine of 2 cores has no
   * threads and starts a new thread for each stage.
   */
  private <T> CompletionStage<T> onDispatcher(CompletionStage<T> asked) {
    return asked.thenApplyAsync(Function.identity(), system.executionContext());
  }

  private static <T> T join(CompletionStage<T> stage) throws InterruptedException {
    try {
      return stage.toCompletableFuture().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    }
  }
}
