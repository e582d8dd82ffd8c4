package io.scry.coordinator.jobs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.cluster.EventChunks;
import io.scry.protocol.cluster.ResultChunks;
import io.scry.protocol.v1.CancelShard;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.EventChunk;
import io.scry.protocol.v1.ReplayResult;
import io.scry.protocol.v1.ResultChunk;
import io.scry.protocol.v1.ShardAccepted;
import io.scry.protocol.v1.ShardAssignment;
import io.scry.protocol.v1.ShardCompleted;
import io.scry.protocol.v1.ShardFailed;
import io.scry.protocol.v1.StopShard;
import io.scry.protocol.v1.WorkerCommand;
import io.scry.protocol.v1.WorkerReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.Done;
import org.apache.pekko.actor.Address;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorRefResolver;
import org.apache.pekko.actor.typed.receptionist.Receptionist;
import org.apache.pekko.japi.Pair;
import org.apache.pekko.stream.Materializer;
import org.apache.pekko.stream.SourceRef;
import org.apache.pekko.stream.StreamRefResolver;
import org.apache.pekko.stream.javadsl.Keep;
import org.apache.pekko.stream.javadsl.Sink;
import org.apache.pekko.stream.javadsl.Source;
import org.apache.pekko.stream.javadsl.StreamRefs;

/**
 * A test probe that plays a replay worker: registered with the receptionist under {@link
 * WorkerService#KEY}, as a worker's inbox is, and answering in the worker's protocol (results
 * offered as a stream reference of chunks).
 */
final class WorkerProbe {

  private final ActorTestKit kit;
  private final String name;
  private final TestProbe<WorkerCommand> probe;

  private WorkerProbe(ActorTestKit kit, String name, TestProbe<WorkerCommand> probe) {
    this.kit = kit;
    this.name = name;
    this.probe = probe;
  }

  /** A worker that is up: registered, and the receptionist has acknowledged it. */
  static WorkerProbe register(ActorTestKit kit, String name) {
    TestProbe<WorkerCommand> probe = kit.createTestProbe(name, WorkerCommand.class);
    TestProbe<Receptionist.Registered> registered = kit.createTestProbe();
    kit.system()
        .receptionist()
        .tell(Receptionist.register(WorkerService.KEY, probe.getRef(), registered.getRef()));
    registered.expectMessageClass(Receptionist.Registered.class);
    return new WorkerProbe(kit, name, probe);
  }

  /** Leaves the receptionist listing, as a worker that left or was downed does. */
  void leave() {
    TestProbe<Receptionist.Deregistered> deregistered = kit.createTestProbe();
    kit.system()
        .receptionist()
        .tell(Receptionist.deregister(WorkerService.KEY, probe.getRef(), deregistered.getRef()));
    deregistered.expectMessageClass(Receptionist.Deregistered.class);
  }

  String name() {
    return name;
  }

  Address address() {
    return probe.getRef().path().address();
  }

  /** Expects an assignment and accepts it, as a worker does as soon as it arrives. */
  ShardAssignment expectAssignment() {
    ShardAssignment assignment = expectAssignmentUnanswered();
    report(
        assignment,
        WorkerReport.newBuilder()
            .setAccepted(ShardAccepted.newBuilder().setKey(assignment.getKey()).setWorker(name))
            .build());
    return assignment;
  }

  /** Expects an assignment and leaves it unanswered, as a worker that never got it. */
  ShardAssignment expectAssignmentUnanswered() {
    WorkerCommand command = probe.expectMessageClass(WorkerCommand.class);
    assertTrue(command.hasAssign(), "expected an assignment, got " + command);
    return command.getAssign();
  }

  CancelShard expectCancel() {
    WorkerCommand command = probe.expectMessageClass(WorkerCommand.class);
    assertTrue(command.hasCancel(), "expected a cancel, got " + command);
    return command.getCancel();
  }

  StopShard expectStop() {
    WorkerCommand command = probe.expectMessageClass(WorkerCommand.class);
    assertTrue(command.hasStop(), "expected a stop, got " + command);
    return command.getStop();
  }

  /** Pulls the shard's events through the assignment's stream reference. */
  List<CaptureEvent> events(ShardAssignment assignment) {
    SourceRef<EventChunk> chunks =
        StreamRefResolver.get(kit.system()).resolveSourceRef(assignment.getEventsRef());
    EventChunks.Unpacker unpacker = new EventChunks.Unpacker();
    List<CaptureEvent> events = new ArrayList<>();
    chunks
        .getSource()
        .runWith(Sink.seq(), kit.system())
        .toCompletableFuture()
        .join()
        .forEach(chunk -> events.addAll(unpacker.add(chunk)));
    unpacker.finish();
    return events;
  }

  /**
   * Reports the shard completed with {@code result}; returns the completion of the offered result
   * stream, which ends when the coordinator has read it to the end or cancelled it.
   */
  CompletionStage<Done> complete(ShardAssignment assignment, ReplayResult result) {
    return offer(assignment, Source.from(ResultChunks.split(result)), result.getSerializedSize());
  }

  /** Reports the shard completed, its result of {@code bytes} bytes behind {@code chunks}. */
  CompletionStage<Done> offer(
      ShardAssignment assignment, Source<ResultChunk, ?> chunks, long bytes) {
    Pair<CompletionStage<Done>, SourceRef<ResultChunk>> offered =
        chunks
            .watchTermination(Keep.right())
            .toMat(StreamRefs.sourceRef(), Keep.both())
            .run(Materializer.matFromSystem(kit.system()));
    report(
        assignment,
        WorkerReport.newBuilder()
            .setCompleted(
                ShardCompleted.newBuilder()
                    .setKey(assignment.getKey())
                    .setWorker(name)
                    .setResultRef(
                        StreamRefResolver.get(kit.system()).toSerializationFormat(offered.second()))
                    .setResultBytes(bytes))
            .build());
    return offered.first();
  }

  void fail(ShardAssignment assignment, String reason) {
    report(
        assignment,
        WorkerReport.newBuilder()
            .setFailed(
                ShardFailed.newBuilder()
                    .setKey(assignment.getKey())
                    .setReason(reason)
                    .setWorker(name))
            .build());
  }

  private void report(ShardAssignment assignment, WorkerReport report) {
    ActorRef<WorkerReport> replyTo =
        ActorRefResolver.get(kit.system()).resolveActorRef(assignment.getReplyTo());
    replyTo.tell(report);
  }
}
