package io.scry.coordinator.jobs;

import io.scry.coordinator.plan.CaptureSource;
import io.scry.coordinator.plan.CaptureSources;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.pattern.StatusReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts jobs, keeps them in the control database and runs them one at a time, oldest first, each
 * in its own {@link JobRun}. Every state change is written to the control database in order; the
 * manager's in-memory view answers queries.
 */
public final class JobManager extends AbstractBehavior<JobManager.Command> {

  private static final Logger LOG = LoggerFactory.getLogger(JobManager.class);

  public sealed interface Command
      permits Submit,
          Inserted,
          Get,
          Await,
          AwaitExpired,
          ListJobs,
          CancelJob,
          StopJob,
          RunProgress,
          RunFinished,
          FinalStateStored,
          RunStopped {}

  /** Replies with the queued job, or an error naming the problem with the spec. */
  public record Submit(JobSpec spec, ActorRef<StatusReply<JobStatus>> replyTo) implements Command {}

  record Inserted(JobStatus job, ActorRef<StatusReply<JobStatus>> replyTo, Throwable error)
      implements Command {}

  public record Get(String id, ActorRef<Optional<JobStatus>> replyTo) implements Command {}

  /**
   * Replies with the job as soon as its state has {@linkplain JobState#reached reached} {@code
   * until}, or with its status as it is after {@code atMost}; empty if there is no such job.
   */
  public record Await(
      String id, JobState until, Duration atMost, ActorRef<Optional<JobStatus>> replyTo)
      implements Command {}

  record AwaitExpired(Await await) implements Command {}

  public record ListJobs(ActorRef<List<JobStatus>> replyTo) implements Command {}

  /**
   * Stops a running job early, keeping what it replayed ({@link JobRun.Stop}); a queued job is
   * cancelled. Replies with its status (empty if unknown).
   */
  public record StopJob(String id, ActorRef<Optional<JobStatus>> replyTo) implements Command {}

  /** Cancels a queued or running job; replies with its status (empty if unknown). */
  public record CancelJob(String id, ActorRef<Optional<JobStatus>> replyTo) implements Command {}

  record RunProgress(JobStatus job) implements Command {}

  record RunFinished(JobStatus job) implements Command {}

  /** The control database has the final state of a run (or failed to store it: {@code error}). */
  record FinalStateStored(JobStatus job, Throwable error) implements Command {}

  /** A run's actor stopped; after its RunFinished, or on its own when it crashed. */
  record RunStopped(String id) implements Command {}

  private final JobStore store;
  private final CaptureSources captures;
  private final JobSettings settings;
  private final Map<String, JobStatus> jobs = new LinkedHashMap<>();
  private final Deque<String> queue = new ArrayDeque<>();
  private final JobWaiters waiters = new JobWaiters();
  private ActorRef<JobRun.Command> running;
  private String runningId;
  private CompletionStage<Void> writes = CompletableFuture.completedFuture(null);
  // Runs that finished and whose final state is being written: shown only once it is stored.
  private final Map<String, JobStatus> finishing = new LinkedHashMap<>();

  /**
   * @param recovered every job in the control database, oldest first, after {@link
   *     JobStore#recover()}; the queued ones run in that order
   */
  public static Behavior<Command> create(
      JobStore store, CaptureSources captures, JobSettings settings, List<JobStatus> recovered) {
    return Behaviors.setup(
        context -> new JobManager(context, store, captures, settings, recovered));
  }

  private JobManager(
      ActorContext<Command> context,
      JobStore store,
      CaptureSources captures,
      JobSettings settings,
      List<JobStatus> recovered) {
    super(context);
    this.store = store;
    this.captures = captures;
    this.settings = settings;
    for (JobStatus job : recovered) {
      jobs.put(job.id(), job);
      if (job.state() == JobState.QUEUED) {
        queue.add(job.id());
      }
    }
    startNext();
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Submit.class, this::onSubmit)
        .onMessage(Inserted.class, this::onInserted)
        .onMessage(Get.class, this::onGet)
        .onMessage(Await.class, this::onAwait)
        .onMessage(AwaitExpired.class, this::onAwaitExpired)
        .onMessage(ListJobs.class, this::onList)
        .onMessage(CancelJob.class, this::onCancel)
        .onMessage(StopJob.class, this::onStop)
        .onMessage(RunProgress.class, this::onProgress)
        .onMessage(RunFinished.class, this::onFinished)
        .onMessage(FinalStateStored.class, this::onFinalStateStored)
        .onMessage(RunStopped.class, this::onStopped)
        .build();
  }

  private Behavior<Command> onSubmit(Submit submit) {
    try {
      captures.resolve(submit.spec().capture());
    } catch (IllegalArgumentException e) {
      submit
          .replyTo()
          .tell(
              StatusReply.error(
                  new InvalidJobSpecException("capture", "capture " + e.getMessage())));
      return this;
    }
    JobStatus job = JobStatus.queued(newId(), submit.spec(), Instant.now());
    getContext()
        .pipeToSelf(store.insert(job), (ok, error) -> new Inserted(job, submit.replyTo(), error));
    return this;
  }

  private Behavior<Command> onInserted(Inserted inserted) {
    if (inserted.error() != null) {
      inserted
          .replyTo()
          .tell(StatusReply.error("cannot store the job: " + inserted.error().getMessage()));
      return this;
    }
    jobs.put(inserted.job().id(), inserted.job());
    queue.add(inserted.job().id());
    inserted.replyTo().tell(StatusReply.success(inserted.job()));
    startNext();
    return this;
  }

  private Behavior<Command> onGet(Get get) {
    get.replyTo().tell(Optional.ofNullable(jobs.get(get.id())));
    return this;
  }

  private Behavior<Command> onAwait(Await await) {
    JobStatus job = jobs.get(await.id());
    if (job == null || job.state().reached(await.until())) {
      await.replyTo().tell(Optional.ofNullable(job));
    } else {
      waiters.add(await);
      getContext().scheduleOnce(await.atMost(), getContext().getSelf(), new AwaitExpired(await));
    }
    return this;
  }

  private Behavior<Command> onAwaitExpired(AwaitExpired expired) {
    waiters.expired(expired.await(), jobs.get(expired.await().id()));
    return this;
  }

  private Behavior<Command> onList(ListJobs list) {
    list.replyTo().tell(List.copyOf(new ArrayList<>(jobs.values())));
    return this;
  }

  private Behavior<Command> onCancel(CancelJob cancel) {
    JobStatus job = endOnRequest(cancel.id(), JobRun.Cancel.INSTANCE, "cancelled on request");
    if (job != null && cancel.id().equals(runningId)) {
      job = job.finished(JobState.CANCELLED, "cancelled on request");
      show(job); // the run's own final status follows and is the one stored
    }
    cancel.replyTo().tell(Optional.ofNullable(job));
    return this;
  }

  private Behavior<Command> onStop(StopJob stop) {
    JobStatus job =
        endOnRequest(stop.id(), JobRun.Stop.INSTANCE, "stopped on request before it started");
    stop.replyTo().tell(Optional.ofNullable(job));
    return this;
  }

  /**
   * Ends job {@code id} as a client asked (cancel and stop differ only for a running job): tells a
   * running job's run {@code toRun}, cancels a queued job with {@code reasonIfQueued}. Returns the
   * job as it is then, or null if there is no such job.
   */
  private JobStatus endOnRequest(String id, JobRun.Command toRun, String reasonIfQueued) {
    JobStatus job = jobs.get(id);
    if (job != null && id.equals(runningId)) {
      running.tell(toRun);
    } else if (job != null && job.state() == JobState.QUEUED) {
      queue.remove(job.id());
      job = save(job.finished(JobState.CANCELLED, reasonIfQueued));
    }
    return job;
  }

  private Behavior<Command> onProgress(RunProgress progress) {
    JobStatus previous = jobs.get(progress.job().id());
    if (finishing.containsKey(progress.job().id())
        || (previous != null && previous.state().isFinal())) {
      return this;
    }
    boolean changed =
        previous == null
            || previous.state() != progress.job().state()
            || !previous.phase().equals(progress.job().phase());
    if (changed) {
      save(progress.job());
    } else {
      show(progress.job());
    }
    return this;
  }

  /**
   * A run ended. Whoever asks (or waits) sees its final state only once the control database holds
   * it: a client told "done" must never find the job resumed after a coordinator restart.
   */
  private Behavior<Command> onFinished(RunFinished finished) {
    JobStatus job = finished.job();
    finishing.put(job.id(), job);
    getContext().pipeToSelf(append(job), (ok, error) -> new FinalStateStored(job, error));
    if (job.id().equals(runningId)) {
      running = null;
      runningId = null;
    }
    startNext();
    return this;
  }

  private Behavior<Command> onFinalStateStored(FinalStateStored stored) {
    if (stored.error() != null) {
      LOG.error(
          "job {} ended {}, but the control database did not store it: after a restart the"
              + " coordinator resumes it",
          stored.job().id(),
          stored.job().state().label(),
          stored.error());
    }
    finishing.remove(stored.job().id());
    show(stored.job());
    return this;
  }

  private Behavior<Command> onStopped(RunStopped stopped) {
    JobStatus job = jobs.get(stopped.id());
    if (job != null && !finishing.containsKey(job.id()) && !job.state().isFinal()) {
      getContext().getLog().error("the run of job {} stopped unexpectedly", stopped.id());
      return onFinished(
          new RunFinished(
              job.finished(JobState.FAILED, "internal error: the run stopped unexpectedly")));
    }
    return this;
  }

  private void startNext() {
    while (running == null && !queue.isEmpty()) {
      JobStatus job = jobs.get(queue.poll());
      CaptureSource capture;
      try {
        capture = captures.resolve(job.spec().capture());
      } catch (IllegalArgumentException e) {
        save(job.finished(JobState.FAILED, e.getMessage()));
        continue;
      }
      runningId = job.id();
      running =
          getContext()
              .spawn(
                  JobRun.create(job, capture, store, settings, getContext().getSelf()),
                  "job-" + job.id());
      getContext().watchWith(running, new RunStopped(job.id()));
    }
  }

  /** Updates the view and appends the write to the ordered chain of control-database writes. */
  private JobStatus save(JobStatus job) {
    show(job);
    append(job)
        .exceptionally(
            error -> {
              LOG.error("cannot store the state of job {}", job.id(), error);
              return null;
            });
    return job;
  }

  /** Appends the write of {@code job} to the ordered chain; completes when it is stored. */
  private CompletionStage<Void> append(JobStatus job) {
    CompletionStage<Void> write = writes.thenCompose(ignored -> store.update(job));
    writes = write.exceptionally(error -> null);
    return write;
  }

  /** Updates the in-memory view, which answers queries, and whoever waits for the job. */
  private void show(JobStatus job) {
    jobs.put(job.id(), job);
    waiters.updated(job);
  }

  private static String newId() {
    return UUID.randomUUID().toString().substring(0, 13).replace("-", "");
  }
}
