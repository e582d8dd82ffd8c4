package io.scry.coordinator.plan;

import io.scry.protocol.replay.SessionKey;
import java.util.Set;

/** The whole sessions one worker replays in one phase, with their summed load. */
public record Shard(int index, Set<SessionKey> sessions, long statements, long busyNanos) {

  public Shard {
    sessions = Set.copyOf(sessions);
  }
}
