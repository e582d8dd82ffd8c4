package io.scry.worker.replay;

import io.scry.protocol.v1.ReplayResult;
import java.util.concurrent.CompletionStage;

/** A shard replay in progress. */
public interface RunningReplay {

  /**
   * Completes with the shard's result once every session has ended; fails with a {@link
   * ReplayException} (unreachable target, broken capture stream, connection cap too low) or a
   * {@link java.util.concurrent.CancellationException} after {@link #cancel}.
   */
  CompletionStage<ReplayResult> result();

  /**
   * Stops the replay: stops reading the capture, closes every connection at once (statements in
   * flight are abandoned) and fails {@link #result()} with a {@link
   * java.util.concurrent.CancellationException}. Does nothing once the replay has ended.
   */
  void cancel();

  /**
   * Ends the replay early and keeps its result: no statement that is due from now on starts, and no
   * session opens; the statements in flight finish, and {@link #result()} completes with what was
   * replayed. Does nothing once the replay has ended.
   */
  void stop();
}
