package io.scry.coordinator.jobs;

import com.google.protobuf.ByteString;
import io.scry.protocol.cluster.ResultChunks;
import io.scry.protocol.v1.ReplayResult;
import io.scry.protocol.v1.ResultChunk;
import io.scry.protocol.v1.ShardCompleted;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.stream.Materializer;
import org.apache.pekko.stream.SourceRef;
import org.apache.pekko.stream.StreamRefResolver;
import org.apache.pekko.stream.javadsl.Sink;

/**
 * Pulls a completed shard's result from the stream reference its worker offers in {@link
 * ShardCompleted} (see {@link ResultChunks}), with back-pressure, chunk by chunk.
 */
final class ShardResults {

  private final StreamRefResolver resolver;
  private final Materializer materializer;

  ShardResults(ActorSystem<?> system) {
    this.resolver = StreamRefResolver.get(system);
    this.materializer = Materializer.matFromSystem(system);
  }

  /**
   * The whole result; fails if the stream fails (the worker's node went away while sending) or ends
   * short of the announced size.
   */
  CompletionStage<ReplayResult> receive(ShardCompleted completed) {
    return chunks(completed)
        .getSource()
        .runFold(ByteString.empty(), (data, chunk) -> data.concat(chunk.getData()), materializer)
        .thenApply(data -> ResultChunks.join(data, completed.getResultBytes()));
  }

  /**
   * Cancels the stream unread, so that the worker lets go of a result nobody needs at once rather
   * than when its stream reference's subscription times out.
   */
  void discard(ShardCompleted completed) {
    chunks(completed).getSource().runWith(Sink.cancelled(), materializer);
  }

  private SourceRef<ResultChunk> chunks(ShardCompleted completed) {
    return resolver.resolveSourceRef(completed.getResultRef());
  }
}
