package io.scry.worker.cluster;

import io.scry.protocol.cluster.ClusterContract;
import io.scry.protocol.cluster.EventChunks;
import io.scry.protocol.cluster.ResultChunks;
import io.scry.protocol.replay.ReplayMode;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.EventChunk;
import io.scry.protocol.v1.ReplayResult;
import io.scry.protocol.v1.ResultChunk;
import io.scry.protocol.v1.ShardAccepted;
import io.scry.protocol.v1.ShardAssignment;
import io.scry.protocol.v1.ShardCompleted;
import io.scry.protocol.v1.ShardFailed;
import io.scry.protocol.v1.ShardKey;
import io.scry.protocol.v1.WorkerCommand;
import io.scry.protocol.v1.WorkerReport;
import io.scry.worker.replay.ReplaySettings;
import io.scry.worker.replay.RunningReplay;
import io.scry.worker.replay.ShardReplay;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pekko.NotUsed;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorRefResolver;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.receptionist.Receptionist;
import org.apache.pekko.actor.typed.receptionist.ServiceKey;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.stream.Materializer;
import org.apache.pekko.stream.SourceRef;
import org.apache.pekko.stream.StreamRefResolver;
import org.apache.pekko.stream.javadsl.Source;
import org.apache.pekko.stream.javadsl.StreamRefs;

/**
 * A replay worker: registers with the cluster receptionist under {@link #SERVICE_KEY}, pulls each
 * assigned shard's events from the coordinator's stream reference (back-pressured: the worker reads
 * only as fast as it replays) and replays them with {@link ShardReplay}, then reports the shard's
 * result (or failure) back, keyed by the assignment's {@link ShardKey} so that the coordinator can
 * tell a current attempt from a superseded one.
 *
 * <p>The result itself is offered as a stream reference of {@link ResultChunks}: with one pattern
 * result per query pattern it easily outgrows what one cluster message may carry.
 */
public final class ReplayWorker extends AbstractBehavior<ReplayWorker.Command> {

  /** How the coordinator finds workers. */
  public static final ServiceKey<WorkerCommand> SERVICE_KEY =
      ServiceKey.create(WorkerCommand.class, ClusterContract.WORKER_SERVICE);

  public sealed interface Command permits FromCoordinator, ShardDone {}

  /** A protobuf command that arrived from the coordinator. */
  record FromCoordinator(WorkerCommand command) implements Command {}

  record ShardDone(
      ShardKey key, ActorRef<WorkerReport> replyTo, ReplayResult result, Throwable error)
      implements Command {}

  private final Duration statementTimeout;
  private final Materializer materializer;
  private final ActorRefResolver refResolver;
  private final StreamRefResolver streamRefResolver;
  private final String workerAddress;
  private final Map<ShardKey, RunningReplay> running = new HashMap<>();
  private final Set<ShardKey> cancelled = new HashSet<>();

  public static Behavior<Command> create() {
    return Behaviors.setup(ReplayWorker::new);
  }

  private ReplayWorker(ActorContext<Command> context) {
    super(context);
    this.statementTimeout =
        context.getSystem().settings().config().getDuration("scry.worker.statement-timeout");
    this.materializer = Materializer.matFromSystem(context.getSystem());
    this.refResolver = ActorRefResolver.get(context.getSystem());
    this.streamRefResolver = StreamRefResolver.get(context.getSystem());
    this.workerAddress = Cluster.get(context.getSystem()).selfMember().address().toString();
    ActorRef<WorkerCommand> inbox =
        context.messageAdapter(WorkerCommand.class, FromCoordinator::new);
    context.getSystem().receptionist().tell(Receptionist.register(SERVICE_KEY, inbox));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(FromCoordinator.class, this::onCommand)
        .onMessage(ShardDone.class, this::onShardDone)
        .build();
  }

  private Behavior<Command> onCommand(FromCoordinator message) {
    WorkerCommand command = message.command();
    switch (command.getKindCase()) {
      case ASSIGN -> start(command.getAssign());
      case CANCEL -> cancel(command.getCancel().getKey());
      case STOP -> stop(command.getStop().getKey());
      default -> getContext().getLog().warn("ignoring unknown worker command {}", command);
    }
    return this;
  }

  private void start(ShardAssignment assignment) {
    ShardKey key = assignment.getKey();
    ActorRef<WorkerReport> replyTo = refResolver.resolveActorRef(assignment.getReplyTo());
    replyTo.tell(
        WorkerReport.newBuilder()
            .setAccepted(ShardAccepted.newBuilder().setKey(key).setWorker(workerAddress))
            .build());
    SourceRef<EventChunk> chunks = streamRefResolver.resolveSourceRef(assignment.getEventsRef());
    Source<CaptureEvent, NotUsed> events = unpacked(chunks.getSource());
    getContext().getLog().info("replaying shard {}", describe(key));
    RunningReplay replay;
    try {
      replay = ShardReplay.start(events, settingsOf(assignment), materializer);
    } catch (RuntimeException e) {
      getContext().getSelf().tell(new ShardDone(key, replyTo, null, e));
      return;
    }
    running.put(key, replay);
    getContext()
        .pipeToSelf(replay.result(), (result, error) -> new ShardDone(key, replyTo, result, error));
  }

  /**
   * The events of a shard's chunk stream, to be run once. It fails when the chunks end inside an
   * event (the sender stopped early), but not when the replay cancels it (the shard cancelled or
   * stopped): half an event is then only what was not read yet. So the check runs after the chunks'
   * end, not in a completion callback that cancellation would call too.
   */
  static Source<CaptureEvent, NotUsed> unpacked(Source<EventChunk, NotUsed> chunks) {
    EventChunks.Unpacker unpacker = new EventChunks.Unpacker();
    return chunks
        .mapConcat(unpacker::add)
        // Lazy: a plain concat pulls the second source at once, before the chunks have ended.
        .concatLazy(
            Source.lazySource(
                () -> {
                  unpacker.finish();
                  return Source.<CaptureEvent>empty();
                }));
  }

  private ReplaySettings settingsOf(ShardAssignment assignment) {
    ShardKey key = assignment.getKey();
    return new ReplaySettings(
        key.getJobId(),
        key.getRound(),
        assignment.getTargetUrl(),
        ReplayMode.fromProto(assignment.getMode()),
        assignment.getSpeed(),
        assignment.getCaptureStartUnixNanos(),
        assignment.getReplayStartUnixNanos(),
        assignment.getMaxConnections(),
        statementTimeout,
        assignment.getReplayRole().isEmpty() ? null : assignment.getReplayRole(),
        assignment.getMeasureFromUnixNanos());
  }

  private void cancel(ShardKey key) {
    RunningReplay replay = running.remove(key);
    if (replay != null) {
      cancelled.add(key);
      getContext().getLog().info("cancelling shard {}", describe(key));
      replay.cancel();
    }
  }

  /** Ends the replay early; its result is reported as that of a replay that ran to its end. */
  private void stop(ShardKey key) {
    RunningReplay replay = running.get(key);
    if (replay != null) {
      getContext().getLog().info("stopping shard {}", describe(key));
      replay.stop();
    }
  }

  private Behavior<Command> onShardDone(ShardDone done) {
    running.remove(done.key());
    if (cancelled.remove(done.key())) {
      // The coordinator cancelled it (a job cancelled, a rehearsal's traffic stopped): it expects
      // no report, and the replay's CancellationException is no failure.
      getContext().getLog().info("shard {} cancelled", describe(done.key()));
      return this;
    }
    WorkerReport.Builder report = WorkerReport.newBuilder();
    if (done.error() == null) {
      report.setCompleted(offer(done.key(), done.result()));
    } else {
      getContext().getLog().warn("shard {} failed", describe(done.key()), done.error());
      report.setFailed(
          ShardFailed.newBuilder()
              .setKey(done.key())
              .setReason(reason(done.error()))
              .setWorker(workerAddress));
    }
    done.replyTo().tell(report.build());
    return this;
  }

  /**
   * Offers the result as a stream of chunks that the coordinator pulls, or cancels when the attempt
   * is superseded. If it does neither (it is gone), the stream reference gives up after {@code
   * pekko.stream.materializer.stream-ref.subscription-timeout} and the result is released.
   */
  private ShardCompleted offer(ShardKey key, ReplayResult result) {
    SourceRef<ResultChunk> chunks =
        Source.from(ResultChunks.split(result)).runWith(StreamRefs.sourceRef(), materializer);
    return ShardCompleted.newBuilder()
        .setKey(key)
        .setWorker(workerAddress)
        .setResultRef(streamRefResolver.toSerializationFormat(chunks))
        .setResultBytes(result.getSerializedSize())
        .build();
  }

  /**
   * The failure's root cause message, cut to {@link #MAX_REASON_CHARS}: a replay failure names the
   * statement it failed at, whose SQL can be longer than one cluster message may carry, and a
   * report Artery drops would leave the job waiting for this shard forever.
   */
  static String reason(Throwable error) {
    String reason = String.valueOf(rootCause(error).getMessage());
    return reason.length() <= MAX_REASON_CHARS
        ? reason
        : reason.substring(0, MAX_REASON_CHARS) + "... (" + reason.length() + " characters)";
  }

  /** A Java char takes at most 3 bytes of UTF-8: 48 KiB, well below Artery's default frame. */
  static final int MAX_REASON_CHARS = 16 * 1024;

  private static Throwable rootCause(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  static String describe(ShardKey key) {
    return key.getJobId()
        + "-r"
        + key.getRound()
        + "-t"
        + key.getTargetIndex()
        + "-s"
        + key.getShard()
        + "-a"
        + key.getAttempt();
  }
}
