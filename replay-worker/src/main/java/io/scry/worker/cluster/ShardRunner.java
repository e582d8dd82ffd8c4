package io.scry.worker.cluster;

import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.ReplayResult;
import io.scry.protocol.v1.ShardAssignment;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.NotUsed;
import org.apache.pekko.stream.Materializer;
import org.apache.pekko.stream.javadsl.Source;

/**
 * Replays one shard's events as the assignment says and completes with the shard's result. The
 * worker cancels a run by failing {@code events}.
 */
@FunctionalInterface
public interface ShardRunner {
  CompletionStage<ReplayResult> run(
      Source<CaptureEvent, NotUsed> events, ShardAssignment assignment, Materializer materializer);
}
