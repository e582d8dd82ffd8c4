package io.scry.coordinator.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.ingest.TestCaptures;
import io.scry.coordinator.plan.CaptureSource;
import io.scry.protocol.cluster.ResultChunks;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Failover;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ReplayResult;
import io.scry.protocol.v1.ResultChunk;
import io.scry.protocol.v1.ShardAssignment;
import io.scry.testsupport.PostgresExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pekko.Done;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.FishingOutcomes;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.stream.javadsl.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@link JobRun} among probes that play its workers and its job manager, on one local actor
 * system; phase results go to a real control database. Covers what the multi-process failover test
 * cannot pin down: which attempt each worker is offered, and which result counts.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JobRunIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  private static final String TARGET = "postgres://app@target.invalid:5432/shadow";
  private static final String ROLE = "app_reader";

  /** Four sessions of ten statements: two shards of two sessions over two workers. */
  private static final List<CaptureEvent> CAPTURE =
      IntStream.range(0, 40).mapToObj(n -> TestCaptures.event("proxy-a", n)).toList();

  private static final CaptureSource SOURCE = () -> Source.from(CAPTURE);

  /** Statements of each of the two shards: two sessions of ten. */
  private static final long SHARD_STATEMENTS = 20;

  private static JobStore store;
  private ActorRef<JobRun.Command> lastRun;

  private ActorTestKit kit;
  private TestProbe<JobManager.Command> manager;

  @BeforeAll
  static void openStore() throws Exception {
    PG.createDatabase("control_job_run");
    store = JobStore.open(PG.url("control_job_run")).toCompletableFuture().join();
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @BeforeEach
  void startSystem() {
    kit = ActorTestKit.create();
    manager = kit.createTestProbe(JobManager.Command.class);
  }

  @AfterEach
  void stopSystem() {
    kit.shutdownTestKit();
  }

  @Test
  void aShardWhoseWorkerLeavesIsOfferedAgainAndOnlyItsNewAttemptCounts() throws Exception {
    Run run = startOnTwoWorkers();
    WorkerProbe leaving = run.first();
    WorkerProbe staying = run.second();
    ShardAssignment lost = run.toFirst();
    ShardAssignment kept = run.toSecond();
    assertEquals(Set.of(0, 1), Set.of(lost.getKey().getShard(), kept.getKey().getShard()));
    assertEquals(1, lost.getKey().getAttempt());
    assertEquals(1, kept.getKey().getAttempt());
    assertEquals(ROLE, kept.getReplayRole());
    Set<Long> lostSessions = sessions(leaving.events(lost));

    leaving.leave();

    assertEquals(lost.getKey(), leaving.expectCancel().getKey());
    ShardAssignment again = staying.expectAssignment();
    assertEquals(lost.getKey().toBuilder().setAttempt(2).build(), again.getKey());
    assertEquals(ROLE, again.getReplayRole(), "every attempt replays as the job's role");
    assertEquals(lostSessions, sessions(staying.events(again)), "the whole shard, again");

    staying.complete(kept, result(1, 5));
    // The departed worker's late report of the superseded attempt: had it counted, the phase
    // would be complete now, with pattern 2 counted 1,000 times.
    CompletionStage<Done> stale = leaving.complete(lost, result(2, 1_000));
    // Discarded unread: its stream ends well before a stream reference's 30 s subscription
    // timeout would end it.
    stale.handle((done, error) -> null).toCompletableFuture().get(10, TimeUnit.SECONDS);
    staying.complete(again, result(2, 7));

    ReplayResult merged = awaitDone(run);
    assertEquals(2 * SHARD_STATEMENTS, merged.getStatements());
    assertEquals(1, merged.getFailoversCount(), "the lost attempt is on record");
    Failover failover = merged.getFailovers(0);
    assertEquals(lost.getKey().getShard(), failover.getShard());
    assertEquals(1, failover.getAttempt());
    assertEquals(leaving.address().toString(), failover.getWorker());
    assertEquals(20, failover.getStatements(), "two sessions of ten statements");
    assertEquals(20, failover.getStatementsStreamed(), "the lost worker had read them all");
  }

  @Test
  void aResultStillArrivingWhenItsWorkerLeavesIsDiscarded() throws Exception {
    Run run = startOnTwoWorkers();
    WorkerProbe leaving = run.first();
    ShardAssignment lost = run.toFirst();

    // The coordinator starts pulling the result; its stream ends only after the worker has left.
    ReplayResult late = result(2, 1_000);
    CompletableFuture<Done> pulled = new CompletableFuture<>();
    CompletableFuture<Done> end = new CompletableFuture<>();
    Source<ResultChunk, ?> chunks =
        Source.lazySource(
            () -> {
              pulled.complete(Done.getInstance());
              return Source.from(ResultChunks.split(late))
                  .concat(Source.completionStage(end).mapConcat(done -> List.<ResultChunk>of()));
            });
    CompletionStage<Done> sent = leaving.offer(lost, chunks, late.getSerializedSize());
    pulled.get(10, TimeUnit.SECONDS);
    leaving.leave();
    ShardAssignment again = run.second().expectAssignment();
    assertEquals(lost.getKey().toBuilder().setAttempt(2).build(), again.getKey());
    // The superseded result arrives whole, before the other shard's: had it counted, the phase
    // would be complete with the other shard's result, and pattern 2 counted 1,000 times.
    end.complete(Done.getInstance());
    sent.toCompletableFuture().get(10, TimeUnit.SECONDS);

    run.second().complete(run.toSecond(), result(1, 5));
    run.second().complete(again, result(2, 7));

    awaitDone(run);
  }

  @Test
  void aShardThatFailsOnALiveWorkerFailsTheJobWithTheReason() {
    Run run = startOnTwoWorkers();
    ShardAssignment failed = run.toFirst();

    run.first().fail(failed, "cannot connect to target postgres://app@target.invalid:5432/shadow");

    JobStatus finished = awaitFinished();
    assertEquals(JobState.FAILED, finished.state());
    assertEquals(
        "shard "
            + failed.getKey().getShard()
            + " failed on worker-a: cannot connect to target"
            + " postgres://app@target.invalid:5432/shadow",
        finished.reason());
    // Nobody waits for the other shard any more: its worker is told to stop.
    assertEquals(run.toSecond().getKey(), run.second().expectCancel().getKey());
  }

  @Test
  void aResultThatCannotBeReceivedFailsTheJob() {
    Run run = startOnTwoWorkers();
    ShardAssignment broken = run.toFirst();

    run.first().offer(broken, Source.failed(new IllegalStateException("disk full")), 1_000);

    JobStatus finished = awaitFinished();
    assertEquals(JobState.FAILED, finished.state());
    String expected =
        "cannot receive the result of shard " + broken.getKey().getShard() + " from worker-a: ";
    assertTrue(finished.reason().startsWith(expected), finished.reason());
    assertTrue(finished.reason().contains("disk full"), finished.reason());
    assertEquals(run.toSecond().getKey(), run.second().expectCancel().getKey());
  }

  @Test
  void aPhaseThatDoesNotFinishInTimeFailsTheJobNamingItsShards() {
    // The second worker's shard completes; the first's never does, as on a target that hangs.
    Run run = startOnTwoWorkers(Duration.ofSeconds(2));
    run.second().complete(run.toSecond(), result(1, 5));

    JobStatus finished = awaitFinished();
    assertEquals(JobState.FAILED, finished.state());
    String stuck = "shard " + run.toFirst().getKey().getShard() + " on ";
    assertTrue(
        finished.reason().startsWith("round 1/1, target 1/1 did not finish within 2 s: " + stuck),
        finished.reason());
    assertTrue(finished.reason().contains("scry.worker.statement-timeout"), finished.reason());
    assertEquals(run.toFirst().getKey(), run.first().expectCancel().getKey());
  }

  @Test
  void anAssignmentItsWorkerDoesNotAcceptIsOfferedAgain() {
    WorkerProbe first = WorkerProbe.register(kit, "worker-a");
    WorkerProbe second = WorkerProbe.register(kit, "worker-b");
    String job =
        spawnJob(
            new JobSettings(
                Duration.ofMillis(100), Duration.ofHours(1), Duration.ofSeconds(1), null));
    ShardAssignment lost = first.expectAssignmentUnanswered();
    ShardAssignment kept = second.expectAssignment();

    // No answer within a second: the attempt is withdrawn and the shard offered again, to the
    // worker with the fewest unfinished shards.
    assertEquals(lost.getKey(), first.expectCancel().getKey());
    ShardAssignment again = first.expectAssignment();
    assertEquals(lost.getKey().toBuilder().setAttempt(2).build(), again.getKey());
    second.complete(kept, result(1, 5));
    first.complete(again, result(2, 7));

    ReplayResult merged = awaitDone(new Run(job, first, second, again, kept));
    assertEquals(1, merged.getFailoversCount(), "the worker may have started it all the same");
  }

  @Test
  void aResultForFewerStatementsThanItsShardFailsTheJob() {
    Run run = startOnTwoWorkers();

    run.first().complete(run.toFirst(), ReplayResult.newBuilder().setStatements(3).build());

    JobStatus finished = awaitFinished();
    assertEquals(JobState.FAILED, finished.state());
    assertTrue(
        finished
            .reason()
            .matches(
                "shard \\d on worker-a accounted for 3 of its 20 statements: some of its events"
                    + " were not replayed; see the worker's log"),
        finished.reason());
  }

  /**
   * A stopped job tells each worker to stop its shard and keeps what they report, though it is less
   * than the shards hold: the job is done, with its results, and says it was stopped.
   */
  @Test
  void aStoppedJobKeepsWhatItsWorkersReplayedUntilTheStop() {
    Run run = startOnTwoWorkers();

    lastRun.tell(JobRun.Stop.INSTANCE);

    assertEquals(run.toFirst().getKey(), run.first().expectStop().getKey());
    assertEquals(run.toSecond().getKey(), run.second().expectStop().getKey());
    run.first().complete(run.toFirst(), partial(1, 5));
    run.second().complete(run.toSecond(), partial(2, 7));
    JobStatus finished = awaitFinished();
    assertEquals(JobState.DONE, finished.state(), finished.reason());
    assertEquals(JobRun.STOPPED, finished.reason());
    ReplayResult merged = store.results(run.job()).toCompletableFuture().join().get(0).result();
    assertEquals(Map.of(1L, 5L, 2L, 7L), counts(merged));
  }

  /** A worker lost after the stop loses its shard's result: the job fails rather than replay it. */
  @Test
  void aWorkerLostAfterTheStopFailsTheJob() {
    Run run = startOnTwoWorkers();
    lastRun.tell(JobRun.Stop.INSTANCE);
    run.first().expectStop();

    run.first().leave();

    JobStatus finished = awaitFinished();
    assertEquals(JobState.FAILED, finished.state());
    assertTrue(finished.reason().contains("after the job was stopped"), finished.reason());
  }

  /** A job under way on two workers, each offered one shard. */
  private record Run(
      String job,
      WorkerProbe first,
      WorkerProbe second,
      ShardAssignment toFirst,
      ShardAssignment toSecond) {}

  /** Starts a one-phase stress job over {@link #CAPTURE} on two workers, one shard each. */
  private Run startOnTwoWorkers() {
    return startOnTwoWorkers(null);
  }

  /** As {@link #startOnTwoWorkers()}, with a phase deadline (null: the capture's own). */
  private Run startOnTwoWorkers(Duration phaseDeadline) {
    WorkerProbe first = WorkerProbe.register(kit, "worker-a");
    WorkerProbe second = WorkerProbe.register(kit, "worker-b");
    String job =
        spawnJob(
            new JobSettings(
                Duration.ofMillis(100),
                Duration.ofHours(1),
                Duration.ofSeconds(15),
                phaseDeadline));
    return new Run(job, first, second, first.expectAssignment(), second.expectAssignment());
  }

  /** Starts a one-phase stress job over {@link #CAPTURE}; returns its id. */
  private String spawnJob(JobSettings settings) {
    JobStatus job =
        JobStatus.queued(
            UUID.randomUUID().toString().substring(0, 13).replace("-", ""),
            JobSpec.stress("synthetic", List.of(TARGET)).toBuilder().replayRole(ROLE).build(),
            Instant.now());
    store.insert(job).toCompletableFuture().join();
    lastRun = kit.spawn(JobRun.create(job, SOURCE, store, settings, manager.getRef()));
    return job.id();
  }

  /**
   * Waits for the job to finish and checks that it is done with the results the current attempts
   * reported: pattern 1 counted 5 times, pattern 2 7 times. Returns the phase's stored result.
   */
  private ReplayResult awaitDone(Run run) {
    JobStatus finished = awaitFinished();
    assertEquals(JobState.DONE, finished.state(), finished.reason());
    ReplayResult merged = store.results(run.job()).toCompletableFuture().join().get(0).result();
    assertEquals(Map.of(1L, 5L, 2L, 7L), counts(merged));
    return merged;
  }

  private JobStatus awaitFinished() {
    List<JobManager.Command> finished =
        manager.fishForMessage(
            Duration.ofSeconds(30),
            message ->
                message instanceof JobManager.RunFinished
                    ? FishingOutcomes.complete()
                    : FishingOutcomes.continueAndIgnore());
    return ((JobManager.RunFinished) finished.get(finished.size() - 1)).job();
  }

  /**
   * A shard result accounting for the shard's statements, all of pattern {@code fingerprint},
   * counted {@code count} times (a count apart from the shard's size tells attempts apart).
   */
  /** A stopped shard's result: {@code count} statements of pattern {@code fingerprint}. */
  private static ReplayResult partial(long fingerprint, long count) {
    return ReplayResult.newBuilder()
        .setStatements(count)
        .addPatterns(PatternResult.newBuilder().setFingerprint(fingerprint).setCount(count))
        .build();
  }

  private static ReplayResult result(long fingerprint, long count) {
    return ReplayResult.newBuilder()
        .setStatements(SHARD_STATEMENTS)
        .addPatterns(
            PatternResult.newBuilder()
                .setFingerprint(fingerprint)
                .setNormalizedSql("select $? as p" + fingerprint)
                .setCount(count))
        .build();
  }

  private static Map<Long, Long> counts(ReplayResult result) {
    return result.getPatternsList().stream()
        .collect(Collectors.toMap(PatternResult::getFingerprint, PatternResult::getCount));
  }

  private static Set<Long> sessions(List<CaptureEvent> events) {
    return events.stream().map(CaptureEvent::getSessionId).collect(Collectors.toSet());
  }
}
