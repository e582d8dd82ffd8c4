package io.scry.protocol.cluster;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.EventChunk;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How a shard's events travel from the coordinator to a worker: length-delimited {@link
 * CaptureEvent}s, cut into {@link EventChunk}s of at most {@link ResultChunks#CHUNK_BYTES} (see
 * {@code EventChunk} in {@code scry/v1/cluster.proto}). The coordinator {@linkplain Packer packs}
 * the events it streams; the worker {@linkplain Unpacker unpacks} the chunks it pulls. One message
 * carries many small events, and an event of any size crosses in pieces below the frame size.
 */
public final class EventChunks {

  private EventChunks() {}

  /** Packs events into chunks, in order. Not thread-safe: one per stream. */
  public static final class Packer {
    private ByteString.Output pending = ByteString.newOutput(ResultChunks.CHUNK_BYTES);

    /** Adds {@code event}; returns the chunks it filled, often none. */
    public List<EventChunk> add(CaptureEvent event) {
      try {
        event.writeDelimitedTo(pending);
      } catch (IOException e) {
        throw new IllegalStateException("writing to memory cannot fail", e);
      }
      if (pending.size() < ResultChunks.CHUNK_BYTES) {
        return List.of();
      }
      ByteString bytes = pending.toByteString();
      pending = ByteString.newOutput(ResultChunks.CHUNK_BYTES);
      List<EventChunk> chunks = new ArrayList<>(bytes.size() / ResultChunks.CHUNK_BYTES + 1);
      int from = 0;
      for (; bytes.size() - from >= ResultChunks.CHUNK_BYTES; from += ResultChunks.CHUNK_BYTES) {
        chunks.add(chunk(bytes.substring(from, from + ResultChunks.CHUNK_BYTES)));
      }
      try {
        bytes.substring(from).writeTo(pending);
      } catch (IOException e) {
        throw new IllegalStateException("writing to memory cannot fail", e);
      }
      return chunks;
    }

    /** The last, partly filled chunk, if any: call once, when the events end. */
    public List<EventChunk> finish() {
      return pending.size() == 0 ? List.of() : List.of(chunk(pending.toByteString()));
    }

    private static EventChunk chunk(ByteString data) {
      return EventChunk.newBuilder().setData(data).build();
    }
  }

  /** Unpacks chunks into events, in order. Not thread-safe: one per stream. */
  public static final class Unpacker {
    private ByteString pending = ByteString.EMPTY;

    /**
     * Adds {@code chunk}; returns the events it completed, often none.
     *
     * @throws IllegalArgumentException if the bytes are not length-delimited capture events
     */
    public List<CaptureEvent> add(EventChunk chunk) {
      pending = pending.concat(chunk.getData());
      List<CaptureEvent> events = new ArrayList<>();
      CodedInputStream in = pending.newCodedInput();
      int consumed = 0;
      try {
        while (!in.isAtEnd()) {
          int size = in.readUInt32();
          if (pending.size() - in.getTotalBytesRead() < size) {
            break; // the rest of this event is in a later chunk
          }
          int limit = in.pushLimit(size);
          events.add(CaptureEvent.parseFrom(in));
          in.popLimit(limit);
          consumed = in.getTotalBytesRead();
        }
      } catch (IOException e) {
        // A varint cut by the chunk boundary also lands here when the chunk ends inside it.
        if (!truncatedVarint(pending, consumed)) {
          throw new IllegalArgumentException(
              "not a stream of capture events: " + e.getMessage(), e);
        }
      }
      pending = pending.substring(consumed);
      return events;
    }

    /**
     * @throws IllegalStateException if the stream ended inside an event: the sender stopped early
     */
    public void finish() {
      if (!pending.isEmpty()) {
        throw new IllegalStateException(
            "the shard's event stream ended inside an event (" + pending.size() + " bytes left)");
      }
    }

    /** Whether the bytes from {@code from} are the first bytes of a varint, cut short. */
    private static boolean truncatedVarint(ByteString bytes, int from) {
      int left = bytes.size() - from;
      if (left > 5) {
        return false;
      }
      for (int i = from; i < bytes.size(); i++) {
        if ((bytes.byteAt(i) & 0x80) == 0) {
          return false; // the varint ended: the bytes were complete and still bad
        }
      }
      return true;
    }
  }
}
