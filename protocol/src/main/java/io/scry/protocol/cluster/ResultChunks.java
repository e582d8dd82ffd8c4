package io.scry.protocol.cluster;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.scry.protocol.v1.ReplayResult;
import io.scry.protocol.v1.ResultChunk;
import java.util.ArrayList;
import java.util.List;

/**
 * How a shard's {@link ReplayResult} travels from a worker to the coordinator: its protobuf
 * encoding cut into {@link ResultChunk}s, which the worker offers as a stream reference and the
 * coordinator joins again (see {@code ShardCompleted} in {@code scry/v1/cluster.proto}).
 *
 * <p>The result is cut by bytes, not by pattern: one pattern result has no size bound either (a
 * sample statement of a few MiB, its parameters, its error samples), so only byte slices keep every
 * message below the frame size whatever the result holds.
 */
public final class ResultChunks {

  /**
   * Result bytes per chunk. Each chunk crosses the cluster as one message, with a stream
   * reference's envelope around it, and Artery drops a message larger than {@code
   * pekko.remote.artery.advanced.maximum-frame-size} (256 KiB by default): a quarter of it leaves
   * ample room.
   */
  public static final int CHUNK_BYTES = 64 * 1024;

  private ResultChunks() {}

  /** The chunks of {@code result}, in order; none for an empty result. */
  public static List<ResultChunk> split(ReplayResult result) {
    ByteString bytes = result.toByteString();
    List<ResultChunk> chunks = new ArrayList<>(bytes.size() / CHUNK_BYTES + 1);
    for (int from = 0; from < bytes.size(); from += CHUNK_BYTES) {
      chunks.add(
          ResultChunk.newBuilder()
              .setData(bytes.substring(from, Math.min(bytes.size(), from + CHUNK_BYTES)))
              .build());
    }
    return chunks;
  }

  /**
   * The result whose chunks' data, concatenated in order, is {@code data}.
   *
   * @param expectedBytes the size the sender announced: a stream that ended early can still parse
   *     (protobuf reads a prefix cut at a field boundary as a smaller message), so the size is what
   *     tells a whole result from a truncated one
   * @throws IllegalArgumentException if the size differs or the bytes are not a {@code
   *     ReplayResult}
   */
  public static ReplayResult join(ByteString data, long expectedBytes) {
    if (data.size() != expectedBytes) {
      throw new IllegalArgumentException(
          "received " + data.size() + " bytes of a " + expectedBytes + "-byte result");
    }
    try {
      return ReplayResult.parseFrom(data);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException("not a ReplayResult: " + e.getMessage(), e);
    }
  }
}
