package io.scry.worker.cluster;

import static io.scry.testsupport.PackedEvents.pack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.EventChunk;
import io.scry.protocol.v1.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.NotUsed;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.stream.Materializer;
import org.apache.pekko.stream.javadsl.Sink;
import org.apache.pekko.stream.javadsl.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** How a worker reads a shard's chunk stream: {@link ReplayWorker#unpacked}. */
class ShardEventsUnitTests {
  private static final ActorSystem SYSTEM = ActorSystem.create("shard-events");
  private static final Materializer MATERIALIZER = Materializer.createMaterializer(SYSTEM);

  @AfterAll
  static void stop() {
    SYSTEM.terminate();
  }

  @Test
  void everyEventOfACompleteStreamArrivesInOrder() throws Exception {
    List<CaptureEvent> events = events(50);

    assertEquals(events, run(Source.from(pack(events))));
  }

  @Test
  void aStreamThatEndsInsideAnEventFails() {
    List<EventChunk> chunks = pack(List.of(event(1, "SELECT '" + "x".repeat(200_000) + "'")));
    assertTrue(chunks.size() > 1, "the event spans chunks");

    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> run(Source.from(chunks.subList(0, 1))));

    IllegalStateException cause = assertInstanceOf(IllegalStateException.class, failure.getCause());
    assertTrue(cause.getMessage().contains("ended inside an event"), cause.getMessage());
  }

  @Test
  void aReplayThatStopsReadingMidEventEndsWithoutAnError() throws Exception {
    List<CaptureEvent> events = events(3);
    List<EventChunk> chunks = new ArrayList<>(pack(events));
    chunks.addAll(pack(List.of(event(9, "SELECT '" + "x".repeat(200_000) + "'"))).subList(0, 1));
    // The second half of the large event never comes: the stream stays open, as a sender's does.
    Source<EventChunk, NotUsed> open = Source.from(chunks).concat(Source.<EventChunk>never());

    // The replay stops reading once the chunks, the partial one too, were read.
    List<CaptureEvent> read =
        ReplayWorker.unpacked(open)
            .takeWithin(Duration.ofMillis(500))
            .runWith(Sink.seq(), MATERIALIZER)
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);

    assertEquals(events, read);
  }

  private static List<CaptureEvent> run(Source<EventChunk, NotUsed> chunks) throws Exception {
    return ReplayWorker.unpacked(chunks)
        .runWith(Sink.seq(), MATERIALIZER)
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  private static List<CaptureEvent> events(int count) {
    List<CaptureEvent> events = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      events.add(event(i, "SELECT " + i));
    }
    return events;
  }

  private static CaptureEvent event(long sequence, String sql) {
    return CaptureEvent.newBuilder()
        .setSessionId(1)
        .setSequence(sequence)
        .setStatement(Statement.newBuilder().setSql(sql))
        .build();
  }
}
