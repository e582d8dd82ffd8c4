package io.scry.protocol.cluster;

import static io.scry.testsupport.PackedEvents.pack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.EventChunk;
import io.scry.protocol.v1.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventChunksUnitTests {

  @Test
  void eventsOfEverySizeComeOutWholeAndInOrder() {
    Random random = new Random(7);
    List<CaptureEvent> events = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      // Mostly small statements, now and then one of up to 1 MiB, so that chunk boundaries fall
      // everywhere: inside events, inside their size prefixes, between them.
      int size = random.nextInt(50) == 0 ? random.nextInt(1 << 20) : random.nextInt(300);
      events.add(event(i, "SELECT '" + "x".repeat(size) + "'"));
    }

    List<EventChunk> chunks = pack(events);

    assertTrue(chunks.size() > 1, "chunks: " + chunks.size());
    chunks.forEach(
        chunk ->
            assertTrue(
                chunk.getData().size() <= ResultChunks.CHUNK_BYTES,
                "a chunk of " + chunk.getData().size() + " bytes"));
    assertEquals(events, unpack(chunks));
  }

  @Test
  void noEventsMakeNoChunks() {
    assertEquals(List.of(), pack(List.of()));
    assertEquals(List.of(), unpack(List.of()));
  }

  @Test
  void aStreamThatEndsInsideAnEventIsAnError() {
    List<EventChunk> chunks = pack(List.of(event(1, "SELECT '" + "x".repeat(200_000) + "'")));
    EventChunks.Unpacker unpacker = new EventChunks.Unpacker();
    assertEquals(List.of(), unpacker.add(chunks.get(0)));

    IllegalStateException error = assertThrows(IllegalStateException.class, unpacker::finish);
    assertTrue(error.getMessage().contains("ended inside an event"), error.getMessage());
  }

  @Test
  void bytesThatAreNoEventsAreRejected() {
    EventChunk garbage =
        EventChunk.newBuilder()
            .setData(ByteString.copyFrom(new byte[] {3, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}))
            .build();
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new EventChunks.Unpacker().add(garbage));
    assertTrue(error.getMessage().contains("not a stream of capture events"), error.getMessage());
  }

  private static List<CaptureEvent> unpack(List<EventChunk> chunks) {
    EventChunks.Unpacker unpacker = new EventChunks.Unpacker();
    List<CaptureEvent> events = new ArrayList<>();
    chunks.forEach(chunk -> events.addAll(unpacker.add(chunk)));
    unpacker.finish();
    return events;
  }

  private static CaptureEvent event(long sequence, String sql) {
    return CaptureEvent.newBuilder()
        .setProxyId("proxy-a")
        .setSessionId(1)
        .setSequence(sequence)
        .setStatement(Statement.newBuilder().setSql(sql))
        .build();
  }
}
