package io.scry.testsupport;

import io.scry.protocol.cluster.EventChunks;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.EventChunk;
import java.util.ArrayList;
import java.util.List;

/**
 * Capture events packed into chunks the way the coordinator streams a shard to a worker: the input
 * of the tests on both ends of that stream, the packing here and the worker's unpacking.
 */
public final class PackedEvents {
  private PackedEvents() {}

  /** Every chunk one {@link EventChunks.Packer} makes of {@code events}, the last one included. */
  public static List<EventChunk> pack(List<CaptureEvent> events) {
    EventChunks.Packer packer = new EventChunks.Packer();
    List<EventChunk> chunks = new ArrayList<>();
    events.forEach(event -> chunks.addAll(packer.add(event)));
    chunks.addAll(packer.finish());
    return chunks;
  }
}
