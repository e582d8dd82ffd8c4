package io.scry.coordinator.jobs;

import io.scry.coordinator.plan.CaptureProfile;
import io.scry.coordinator.plan.CaptureSource;
import io.scry.coordinator.plan.Planner;
import io.scry.coordinator.plan.Shard;
import io.scry.protocol.cluster.EventChunks;
import io.scry.protocol.replay.ReplayMode;
import io.scry.protocol.replay.SessionKey;
import io.scry.protocol.result.Results;
import io.scry.protocol.security.ConnectionStrings;
import io.scry.protocol.v1.CancelShard;
import io.scry.protocol.v1.EventChunk;
import io.scry.protocol.v1.Failover;
import io.scry.protocol.v1.ReplayResult;
import io.scry.protocol.v1.ShardAssignment;
import io.scry.protocol.v1.ShardCompleted;
import io.scry.protocol.v1.ShardFailed;
import io.scry.protocol.v1.ShardKey;
import io.scry.protocol.v1.StopShard;
import io.scry.protocol.v1.WorkerCommand;
import io.scry.protocol.v1.WorkerReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorRefResolver;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;
import org.apache.pekko.actor.typed.receptionist.Receptionist;
import org.apache.pekko.japi.Pair;
import org.apache.pekko.stream.Materializer;
import org.apache.pekko.stream.SourceRef;
import org.apache.pekko.stream.StreamRefResolver;
import org.apache.pekko.stream.javadsl.StreamRefs;

/**
 * Runs one job: profiles the capture, then for every round and every target (one after another)
 * plans the selected sessions onto the workers that are up, offers each worker its shard's events
 * as a stream reference, waits for every shard's result, merges and stores them.
 *
 * <p>Failover: when a worker leaves the receptionist listing (it left, or was downed by the
 * split-brain resolver after becoming unreachable), each unfinished shard it held is offered again
 * to the least busy live worker under a new attempt number. Only a result whose {@link ShardKey}
 * carries the current attempt counts, so a dead worker's partial work is never counted.
 *
 * <p>A worker reports a completed shard with a stream reference to its result ({@link
 * ShardResults}); a shard counts as finished once the whole result has arrived, and a worker that
 * leaves while it is still sending has its shard re-planned like any other unfinished one.
 */
public final class JobRun extends AbstractBehavior<JobRun.Command> {

  public sealed interface Command
      permits Profiled,
          WorkersChanged,
          FromWorker,
          ResultReceived,
          PhaseSaved,
          PhaseOverdue,
          AssignmentOverdue,
          Tick,
          Cancel,
          Stop {}

  /** The capture is read; {@code storedPhases} of the job's phases were stored before a restart. */
  record Profiled(CaptureProfile profile, int storedPhases, Throwable error) implements Command {}

  record WorkersChanged(Receptionist.Listing listing) implements Command {}

  record FromWorker(WorkerReport report) implements Command {}

  /** A completed shard's result has arrived whole, or could not be received. */
  record ResultReceived(ShardCompleted completed, ReplayResult result, Throwable error)
      implements Command {}

  record PhaseSaved(Throwable error) implements Command {}

  /** Phase {@code phase} reached its deadline. */
  record PhaseOverdue(int phase) implements Command {}

  /** A shard's attempt was not accepted by its worker in time. */
  record AssignmentOverdue(int shard, int attempt) implements Command {}

  enum Tick implements Command {
    INSTANCE
  }

  /** Stops the job: outstanding shards are cancelled on their workers. */
  public enum Cancel implements Command {
    INSTANCE
  }

  /**
   * Ends the job early and keeps what it replayed: the current phase's shards are stopped on their
   * workers, their results are merged and stored as usual, and no later phase runs.
   */
  public enum Stop implements Command {
    INSTANCE
  }

  /** The reason of a job that was stopped early: its results hold part of the capture. */
  public static final String STOPPED = "stopped on request: the results hold what was replayed";

  /** One shard of the current phase and its current attempt. */
  private static final class ShardRun {
    final Shard shard;
    int attempt;
    boolean accepted;
    ActorRef<WorkerCommand> worker;
    AtomicLong streamed = new AtomicLong();
    ReplayResult result;

    ShardRun(Shard shard) {
      this.shard = shard;
    }

    long done() {
      return result != null ? shard.statements() : Math.min(streamed.get(), shard.statements());
    }
  }

  private final JobStatus initial;
  private final JobSpec spec;
  private final CaptureSource capture;
  private final JobStore store;
  private final JobSettings settings;
  private final ActorRef<JobManager.Command> manager;
  private final Materializer materializer;
  private final ShardResults results;
  private final TimerScheduler<Command> timers;
  private final ActorRef<WorkerReport> reports;
  private final String reportsPath;
  private final long startedNanos = System.nanoTime();

  private JobStatus status;
  private CaptureProfile profile;
  private Set<ActorRef<WorkerCommand>> workers = Set.of();
  private int phase = -1; // index into round x target, -1 while planning
  private boolean stopped;
  private final Map<Integer, ShardRun> shards = new TreeMap<>();
  private final List<Failover> failovers = new ArrayList<>(); // the current phase's
  private long phaseStartedNanos;
  private int resumedPhase = -1; // the phase a coordinator restart interrupted, if any

  public static Behavior<Command> create(
      JobStatus job,
      CaptureSource capture,
      JobStore store,
      JobSettings settings,
      ActorRef<JobManager.Command> manager) {
    return Behaviors.setup(
        context ->
            Behaviors.withTimers(
                timers -> new JobRun(context, timers, job, capture, store, settings, manager)));
  }

  private JobRun(
      ActorContext<Command> context,
      TimerScheduler<Command> timers,
      JobStatus job,
      CaptureSource capture,
      JobStore store,
      JobSettings settings,
      ActorRef<JobManager.Command> manager) {
    super(context);
    this.initial = job;
    this.spec = job.spec();
    this.capture = capture;
    this.store = store;
    this.settings = settings;
    this.manager = manager;
    this.materializer = Materializer.matFromSystem(context.getSystem());
    this.results = new ShardResults(context.getSystem());
    this.timers = timers;
    this.reports = context.messageAdapter(WorkerReport.class, FromWorker::new);
    this.reportsPath = ActorRefResolver.get(context.getSystem()).toSerializationFormat(reports);
    this.status = job;
    context
        .getSystem()
        .receptionist()
        .tell(
            Receptionist.subscribe(
                WorkerService.KEY,
                context.messageAdapter(Receptionist.Listing.class, WorkersChanged::new)));
    timers.startTimerWithFixedDelay(Tick.INSTANCE, settings.progressInterval());
    update(JobState.PLANNING, "reading the capture");
    CompletionStage<Integer> stored =
        job.restarts() > 0
            ? store.results(job.id()).thenApply(List::size)
            : CompletableFuture.completedFuture(0);
    context.pipeToSelf(
        CaptureProfile.of(capture, spec.part(), materializer)
            .thenCombine(stored, (profile, phases) -> new Profiled(profile, phases, null)),
        (profiled, error) -> error == null ? profiled : new Profiled(null, 0, error));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Profiled.class, this::onProfiled)
        .onMessage(WorkersChanged.class, this::onWorkersChanged)
        .onMessage(FromWorker.class, this::onReport)
        .onMessage(ResultReceived.class, this::onResultReceived)
        .onMessage(PhaseSaved.class, this::onPhaseSaved)
        .onMessage(PhaseOverdue.class, this::onPhaseOverdue)
        .onMessage(AssignmentOverdue.class, this::onAssignmentOverdue)
        .onMessageEquals(Tick.INSTANCE, this::onTick)
        .onMessageEquals(Cancel.INSTANCE, this::onCancel)
        .onMessageEquals(Stop.INSTANCE, this::onStop)
        .build();
  }

  private Behavior<Command> onProfiled(Profiled message) {
    if (message.error() != null) {
      return fail("cannot read capture '" + spec.capture() + "': " + message.error().getMessage());
    }
    profile = message.profile();
    if (profile.statements() == 0) {
      return fail(
          profile.statementsInCheckpoint() > 0
              ? "every selected statement committed before the targets' checkpoint, which holds"
                  + " their effects already: take the checkpoint before the capture starts"
              : "the capture selection holds no statements");
    }
    if (!spec.forceProductionTarget()) {
      Optional<String> refused = ProductionGuard.refusal(profile.sources(), spec.targets());
      if (refused.isPresent()) {
        return fail(refused.get());
      }
    }
    getContext()
        .getLog()
        .info(
            "job {}: {} statements in {} sessions selected",
            initial.id(),
            profile.statements(),
            profile.sessions().size());
    resumedPhase = initial.restarts() > 0 ? message.storedPhases() : -1;
    if (resumedPhase >= spec.phases()) {
      return finish(status.finished(JobState.DONE, null));
    }
    if (resumedPhase >= 0) {
      getContext()
          .getLog()
          .warn(
              "job {}: resuming after a coordinator restart with phase {} of {}; it runs again"
                  + " from its start",
              initial.id(),
              resumedPhase + 1,
              spec.phases());
    }
    return startPhase(Math.max(0, resumedPhase));
  }

  private Behavior<Command> startPhase(int next) {
    phase = next;
    shards.clear();
    failovers.clear();
    if (workers.isEmpty()) {
      update(JobState.PLANNING, phaseLabel() + ": waiting for workers");
      return this;
    }
    List<Shard> plan = Planner.plan(profile.loads(), workers.size());
    // The lead lines up the shards' clocks across workers; a single shard has nothing to line up
    // with and starts at once (a CI check replays small captures many times: a second each adds
    // up).
    long replayStart = nowUnixNanos() + (plan.size() > 1 ? settings.replayLead().toNanos() : 0);
    phaseStartedNanos = System.nanoTime() + (replayStart - nowUnixNanos());
    plan.forEach(shard -> shards.put(shard.index(), new ShardRun(shard)));
    List<ActorRef<WorkerCommand>> available = sortedWorkers();
    shards.values().forEach(run -> dispatch(run, available.get(run.shard.index()), replayStart));
    timers.startSingleTimer(
        PhaseOverdue.class,
        new PhaseOverdue(phase),
        settings
            .phaseDeadline(profile.capturedSpan(), profile.statements(), speedFactor())
            .plus(settings.replayLead()));
    update(JobState.RUNNING, phaseLabel());
    return this;
  }

  /** Timed replays run at the job's speed; a stress replay is bounded as if it were timed at 1x. */
  private double speedFactor() {
    return spec.mode() == ReplayMode.TIMED ? spec.speed() : 1;
  }

  /**
   * The phase did not finish in time: a target that hangs (a statement waiting forever on a lock),
   * or a worker that stopped answering without leaving the cluster. Fails the job naming the shards
   * that did not finish, rather than keep it running forever.
   */
  private Behavior<Command> onPhaseOverdue(PhaseOverdue overdue) {
    if (overdue.phase() != phase || shards.values().stream().allMatch(r -> r.result != null)) {
      return this;
    }
    String unfinished =
        shards.values().stream()
            .filter(r -> r.result == null)
            .map(
                r ->
                    "shard "
                        + r.shard.index()
                        + (r.worker == null ? " (no worker)" : " on " + r.worker.path().address())
                        + ", "
                        + r.done()
                        + " of "
                        + r.shard.statements()
                        + " statements sent")
            .collect(Collectors.joining("; "));
    return fail(
        phaseLabel()
            + " did not finish within "
            + settings
                .phaseDeadline(profile.capturedSpan(), profile.statements(), speedFactor())
                .toSeconds()
            + " s: "
            + unfinished
            + ". A statement may be waiting on the target (a lock, a hung connection): set"
            + " scry.worker.statement-timeout, or look at the target's pg_stat_activity");
  }

  private void dispatch(ShardRun run, ActorRef<WorkerCommand> worker, long replayStartNanos) {
    run.attempt++;
    run.accepted = false;
    run.worker = worker;
    run.streamed = new AtomicLong();
    AtomicLong streamed = run.streamed;
    Set<SessionKey> sessions = run.shard.sessions();
    SourceRef<EventChunk> events =
        capture
            .events()
            .filter(e -> profile.streams(e) && sessions.contains(SessionKey.of(e)))
            .map(
                e -> {
                  if (e.hasStatement()) {
                    streamed.incrementAndGet();
                  }
                  return e;
                })
            .statefulMap(
                EventChunks.Packer::new,
                (packer, e) -> Pair.create(packer, packer.add(e)),
                packer -> Optional.of(packer.finish()))
            .mapConcat(chunks -> chunks)
            .runWith(StreamRefs.sourceRef(), materializer);
    ShardKey key = keyOf(run);
    getContext()
        .getLog()
        .info(
            "job {}: shard {} attempt {} -> {}",
            initial.id(),
            run.shard.index(),
            run.attempt,
            worker.path().address());
    timers.startSingleTimer(
        "assignment-" + run.shard.index(),
        new AssignmentOverdue(run.shard.index(), run.attempt),
        settings.assignmentTimeout());
    worker.tell(
        WorkerCommand.newBuilder()
            .setAssign(
                ShardAssignment.newBuilder()
                    .setKey(key)
                    .setEventsRef(
                        StreamRefResolver.get(getContext().getSystem())
                            .toSerializationFormat(events))
                    .setReplyTo(reportsPath)
                    .setTargetUrl(target())
                    .setMode(spec.mode().toProto())
                    .setSpeed(spec.speed())
                    .setCaptureStartUnixNanos(profile.firstStartNanos())
                    .setReplayStartUnixNanos(replayStartNanos)
                    .setMaxConnections(connectionsPerShard())
                    .setReplayRole(spec.replayRole() == null ? "" : spec.replayRole())
                    .setMeasureFromUnixNanos(
                        spec.measureAfterMillis() == 0
                            ? 0
                            : profile.firstStartNanos()
                                + TimeUnit.MILLISECONDS.toNanos(spec.measureAfterMillis())))
            .build());
  }

  private Behavior<Command> onWorkersChanged(WorkersChanged message) {
    workers = Set.copyOf(message.listing().getAllServiceInstances(WorkerService.KEY));
    if (profile == null || phase < 0) {
      return this;
    }
    if (shards.isEmpty()) {
      return workers.isEmpty() ? this : startPhase(phase);
    }
    for (ShardRun run : shards.values()) {
      if (run.result == null && (run.worker == null || !workers.contains(run.worker))) {
        replan(run);
      }
    }
    return this;
  }

  /**
   * The worker never said it got the shard (a lost message, a node that restarted): offer it again.
   * It may have started all the same, so this counts as a failover.
   */
  private Behavior<Command> onAssignmentOverdue(AssignmentOverdue overdue) {
    ShardRun run = shards.get(overdue.shard());
    if (run != null && run.attempt == overdue.attempt() && !run.accepted && run.result == null) {
      replan(run, "did not accept it within " + settings.assignmentTimeout().toSeconds() + " s");
    }
    return this;
  }

  /** Offers a shard whose worker is gone to the least busy live worker, as a new attempt. */
  private void replan(ShardRun run) {
    replan(run, "is gone");
  }

  private void replan(ShardRun run, String why) {
    if (stopped) {
      // A new attempt would replay the shard from its start, long after the stop.
      fail(
          "shard "
              + run.shard.index()
              + "'s worker "
              + why
              + " after the job was stopped: the shard's result is lost");
      return;
    }
    if (run.worker != null) {
      getContext()
          .getLog()
          .warn(
              "job {}: worker {} {}, re-planning shard {} ({} statements)",
              initial.id(),
              run.worker.path().address(),
              why,
              run.shard.index(),
              run.shard.statements());
      failovers.add(
          Failover.newBuilder()
              .setShard(run.shard.index())
              .setAttempt(run.attempt)
              .setWorker(run.worker.path().address().toString())
              .setStatementsStreamed(Math.min(run.streamed.get(), run.shard.statements()))
              .setStatements(run.shard.statements())
              .setAtUnixNanos(nowUnixNanos())
              .build());
      run.worker.tell(
          WorkerCommand.newBuilder()
              .setCancel(CancelShard.newBuilder().setKey(keyOf(run)))
              .build());
      run.worker = null;
    }
    if (workers.isEmpty()) {
      update(JobState.RUNNING, phaseLabel() + ": waiting for workers");
      return;
    }
    ActorRef<WorkerCommand> leastBusy =
        sortedWorkers().stream()
            .min(Comparator.comparingLong(this::unfinishedShardsOf))
            .orElseThrow();
    // The replay of a re-planned shard starts anew, so its clock starts anew too: at once, since
    // the other shards' clocks are already running.
    dispatch(run, leastBusy, nowUnixNanos());
  }

  private long unfinishedShardsOf(ActorRef<WorkerCommand> worker) {
    return shards.values().stream()
        .filter(r -> r.result == null && worker.equals(r.worker))
        .count();
  }

  private Behavior<Command> onReport(FromWorker message) {
    WorkerReport report = message.report();
    switch (report.getKindCase()) {
      case COMPLETED -> {
        return onCompleted(report.getCompleted());
      }
      case FAILED -> {
        return onFailed(report.getFailed());
      }
      case ACCEPTED -> {
        ShardRun run = currentRun(report.getAccepted().getKey());
        if (run != null) {
          run.accepted = true;
          timers.cancel("assignment-" + run.shard.index());
        }
        return this;
      }
      default -> {
        return this;
      }
    }
  }

  private Behavior<Command> onCompleted(ShardCompleted completed) {
    if (currentRun(completed.getKey()) == null) {
      discardSuperseded(completed.getKey());
      results.discard(completed);
      return this;
    }
    getContext()
        .pipeToSelf(
            results.receive(completed),
            (result, error) -> new ResultReceived(completed, result, error));
    return this;
  }

  private Behavior<Command> onResultReceived(ResultReceived received) {
    ShardKey key = received.completed().getKey();
    ShardRun run = currentRun(key);
    if (run == null) {
      // Re-planned while the result was on its way: its worker left the listing meanwhile.
      discardSuperseded(key);
      return this;
    }
    if (received.error() != null) {
      return fail(
          "cannot receive the result of shard "
              + key.getShard()
              + " from "
              + received.completed().getWorker()
              + ": "
              + unwrap(received.error()).getMessage());
    }
    long accounted = accountedStatements(received.result());
    if (accounted < run.shard.statements() && !stopped && spec.measureAfterMillis() == 0) {
      // Never a silent success on part of the traffic. A worker once completed a replay that had
      // failed on a refused connection as an empty success (a race in its dispatcher, fixed and
      // tested in the worker); this check keeps any such defect from passing a gate.
      return fail(
          "shard "
              + key.getShard()
              + " on "
              + received.completed().getWorker()
              + " accounted for "
              + accounted
              + " of its "
              + run.shard.statements()
              + " statements: some of its events were not replayed; see the worker's log");
    }
    run.result = received.result();
    getContext()
        .getLog()
        .info(
            "job {}: shard {} attempt {}: result of {} patterns ({} bytes) received from {}",
            initial.id(),
            key.getShard(),
            key.getAttempt(),
            run.result.getPatternsCount(),
            received.completed().getResultBytes(),
            received.completed().getWorker());
    if (shards.values().stream().allMatch(r -> r.result != null)) {
      ReplayResult merged =
          withJobRecords(
              Results.merge(shards.values().stream().map(r -> relabel(r.result)).toList()));
      update(JobState.MERGING, phaseLabel());
      getContext()
          .pipeToSelf(
              store.saveResult(
                  initial.id(),
                  new PhaseResult(round(), targetIndex(), merged.getTarget(), merged)),
              (ok, error) -> new PhaseSaved(error));
    }
    return this;
  }

  private void discardSuperseded(ShardKey key) {
    getContext()
        .getLog()
        .info(
            "job {}: discarding the result of shard {} attempt {}: superseded",
            initial.id(),
            key.getShard(),
            key.getAttempt());
  }

  private Behavior<Command> onFailed(ShardFailed failed) {
    if (currentRun(failed.getKey()) == null) {
      return this;
    }
    return fail(
        "shard "
            + failed.getKey().getShard()
            + " failed on "
            + failed.getWorker()
            + ": "
            + failed.getReason());
  }

  private Behavior<Command> onPhaseSaved(PhaseSaved message) {
    if (message.error() != null) {
      return fail("cannot store results: " + message.error().getMessage());
    }
    if (stopped) {
      return finish(status.finished(JobState.DONE, STOPPED));
    }
    if (phase + 1 < spec.phases()) {
      return startPhase(phase + 1);
    }
    return finish(status.finished(JobState.DONE, null));
  }

  private Behavior<Command> onTick() {
    if (status.state() == JobState.RUNNING) {
      update(JobState.RUNNING, status.phase());
    }
    return this;
  }

  private Behavior<Command> onStop() {
    if (stopped) {
      return this;
    }
    stopped = true;
    if (shards.isEmpty()) {
      // Nothing replays yet (the capture is being read, or no worker is there): nothing to keep.
      return finish(status.finished(JobState.CANCELLED, "stopped on request before it replayed"));
    }
    getContext().getLog().info("job {}: stopping {}", initial.id(), phaseLabel());
    for (ShardRun run : shards.values()) {
      if (run.result == null && run.worker != null) {
        run.worker.tell(
            WorkerCommand.newBuilder().setStop(StopShard.newBuilder().setKey(keyOf(run))).build());
      }
    }
    return this;
  }

  private Behavior<Command> onCancel() {
    return finish(status.finished(JobState.CANCELLED, "cancelled on request"));
  }

  private Behavior<Command> fail(String reason) {
    getContext().getLog().warn("job {} failed: {}", initial.id(), ConnectionStrings.mask(reason));
    return finish(status.finished(JobState.FAILED, reason));
  }

  private Behavior<Command> finish(JobStatus last) {
    for (ShardRun run : shards.values()) {
      if (run.result == null && run.worker != null) {
        run.worker.tell(
            WorkerCommand.newBuilder()
                .setCancel(CancelShard.newBuilder().setKey(keyOf(run)))
                .build());
      }
    }
    manager.tell(new JobManager.RunFinished(last));
    return Behaviors.stopped();
  }

  private void update(JobState state, String phaseText) {
    double fraction = fractionDone();
    status = status.progressing(state, phaseText, Math.floor(fraction * 1000) / 10, eta(fraction));
    manager.tell(new JobManager.RunProgress(status));
  }

  /** Share of the job done: finished phases plus the statements streamed in the current one. */
  private double fractionDone() {
    if (phase < 0 || profile == null) {
      return 0;
    }
    long done = shards.values().stream().mapToLong(ShardRun::done).sum();
    double current = (double) done / Math.max(1, profile.statements());
    return Math.min(1, (phase + current) / spec.phases());
  }

  /** Time left at the pace so far; in timed mode a phase lasts at least the captured span. */
  private Long eta(double fraction) {
    if (fraction < 0.01) {
      if (profile == null || spec.mode() != ReplayMode.TIMED) {
        return null;
      }
      Duration phaseTime =
          Duration.ofNanos((long) (profile.capturedSpan().toNanos() / spec.speed()));
      return phaseTime.plus(settings.replayLead()).multipliedBy(spec.phases()).toSeconds();
    }
    double elapsed = (System.nanoTime() - startedNanos) / 1e9;
    return Math.round(elapsed * (1 - fraction) / fraction);
  }

  /**
   * Records in the phase's result what its shards cannot know: the statements left out after gaps
   * in the capture or because the target's checkpoint holds them, and the phase's failovers:
   * re-planned shards, and a coordinator restart that interrupted the phase (its first run's
   * statements may have reached the target). A re-planned shard's replay starts when it was
   * re-planned, so the shards' own wall times leave out the time lost to the failover: the phase's
   * wall time is then the coordinator's, from the replay's start to the last result.
   */
  private ReplayResult withJobRecords(ReplayResult result) {
    ReplayResult merged =
        result.toBuilder()
            .setStatementsAfterGaps(profile.statementsAfterGaps())
            .setStatementsInCheckpoint(profile.statementsInCheckpoint())
            .build();
    if (phase == resumedPhase) {
      failovers.add(
          0,
          Failover.newBuilder()
              .setWholePhase(true)
              .setShard(-1)
              .setAttempt(initial.restarts())
              .setWorker("")
              .setStatements(profile.statements())
              .setAtUnixNanos(initial.updatedAt().toEpochMilli() * 1_000_000)
              .build());
    }
    if (failovers.isEmpty()) {
      return merged;
    }
    long phaseWall = System.nanoTime() - phaseStartedNanos;
    return merged.toBuilder()
        .addAllFailovers(failovers)
        .setWallNanos(Math.max(merged.getWallNanos(), phaseWall))
        .build();
  }

  /** Names a shard's result by this phase, so shard results merge whatever the worker wrote. */
  private ReplayResult relabel(ReplayResult shardResult) {
    return shardResult.toBuilder()
        .setJobId(initial.id())
        .setTarget(ConnectionStrings.mask(target()))
        .setRound(round())
        .build();
  }

  private ShardRun currentRun(ShardKey key) {
    ShardRun run = shards.get(key.getShard());
    boolean current =
        run != null
            && run.result == null
            && key.getJobId().equals(initial.id())
            && key.getRound() == round()
            && key.getTargetIndex() == targetIndex()
            && key.getAttempt() == run.attempt;
    return current ? run : null;
  }

  private ShardKey keyOf(ShardRun run) {
    return ShardKey.newBuilder()
        .setJobId(initial.id())
        .setRound(round())
        .setTargetIndex(targetIndex())
        .setShard(run.shard.index())
        .setAttempt(run.attempt)
        .build();
  }

  private List<ActorRef<WorkerCommand>> sortedWorkers() {
    List<ActorRef<WorkerCommand>> sorted = new ArrayList<>(workers);
    sorted.sort(Comparator.comparing(w -> w.path().toString()));
    return sorted;
  }

  private int connectionsPerShard() {
    if (spec.maxConnections() == 0) {
      return 0;
    }
    return Math.max(1, spec.maxConnections() / Math.max(1, shards.size()));
  }

  /** Rounds are 1-based; within a round the targets run in order. */
  private int round() {
    return phase / spec.targets().size() + 1;
  }

  private int targetIndex() {
    return phase % spec.targets().size();
  }

  private String target() {
    return spec.targets().get(targetIndex());
  }

  private String phaseLabel() {
    return "round "
        + round()
        + "/"
        + spec.rounds()
        + ", target "
        + (targetIndex() + 1)
        + "/"
        + spec.targets().size();
  }

  /** The statements a shard's result accounts for: replayed, skipped, or kept from the target. */
  private static long accountedStatements(ReplayResult result) {
    return result.getStatements()
        + result.getSkippedStatements()
        + result.getCloneEscapesMap().values().stream().mapToLong(Long::longValue).sum();
  }

  /** A stage's failure as thrown, without the {@link CompletionException} a later stage adds. */
  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }

  private static long nowUnixNanos() {
    return TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
  }
}
