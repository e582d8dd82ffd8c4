package io.scry.coordinator.migration;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.rehearsal.TrafficLoad;
import io.scry.protocol.v1.ReplayResult;
import io.scry.testsupport.PostgresExtension;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The rehearsal's traffic without a cluster: {@link TrafficLoad}'s real concurrent readers and
 * writers on the clone, from the moment the rehearsal starts its timed replay until it cancels it.
 * It cannot replay a capture: only rehearsals use it.
 */
final class LoadReplayBackend implements ReplayBackend {
  private final PostgresExtension pg;

  LoadReplayBackend(PostgresExtension pg) {
    this.pg = pg;
  }

  @Override
  public ReplayResult replay(DatabaseUrl target, int round) {
    throw new UnsupportedOperationException("only the rehearsal's traffic");
  }

  @Override
  public RehearsalTraffic startTimed(DatabaseUrl target, double speed, Duration measureAfter) {
    TrafficLoad load;
    try {
      load = TrafficLoad.start(pg, target.database(), 3, 2);
    } catch (SQLException e) {
      throw new MigrationCheckException("cannot start the traffic: " + e.getMessage(), e);
    }
    CompletableFuture<Void> ended = new CompletableFuture<>();
    return new RehearsalTraffic() {
      @Override
      public CompletionStage<Void> ended() {
        return ended;
      }

      @Override
      public void requestStop() {
        cancel();
      }

      @Override
      public ReplayResult result() {
        // This load measures nothing: only the rehearsal's lock monitor does.
        return ReplayResult.getDefaultInstance();
      }

      @Override
      public void cancel() {
        load.close();
        ended.complete(null);
      }
    };
  }

  @Override
  public void close() {}
}
