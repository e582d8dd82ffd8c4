package io.scry.coordinator.plan;

import io.scry.protocol.replay.SessionKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Splits sessions into at most {@code workers} shards of similar load, never splitting a session.
 *
 * <p>Greedy longest-processing-time-first: sessions sorted by cost, heaviest first, each to the
 * currently lightest shard. A session's cost weighs its share of all statements and its share of
 * all captured busy time equally, so both many cheap statements and few slow ones count. Empty
 * shards are dropped: a capture with fewer sessions than workers leaves some workers idle.
 */
public final class Planner {

  private Planner() {}

  public static List<Shard> plan(Collection<SessionLoad> sessions, int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("planning needs at least one worker");
    }
    double totalStatements =
        Math.max(1, sessions.stream().mapToLong(SessionLoad::statements).sum());
    double totalBusy = Math.max(1, sessions.stream().mapToLong(SessionLoad::busyNanos).sum());
    Comparator<SessionLoad> heaviestFirst =
        Comparator.comparingDouble(
                (SessionLoad s) -> s.statements() / totalStatements + s.busyNanos() / totalBusy)
            .reversed()
            .thenComparing(s -> s.session().proxyId())
            .thenComparingLong(s -> s.session().sessionId());

    PriorityQueue<Bin> lightestFirst =
        new PriorityQueue<>(Comparator.comparingDouble(Bin::cost).thenComparingInt(Bin::index));
    for (int i = 0; i < workers; i++) {
      lightestFirst.add(new Bin(i));
    }
    sessions.stream()
        .sorted(heaviestFirst)
        .forEach(
            session -> {
              Bin bin = lightestFirst.poll();
              bin.add(
                  session,
                  session.statements() / totalStatements + session.busyNanos() / totalBusy);
              lightestFirst.add(bin);
            });

    List<Shard> shards = new ArrayList<>();
    lightestFirst.stream()
        .filter(bin -> !bin.sessions.isEmpty())
        .sorted(Comparator.comparingInt(Bin::index))
        .forEach(bin -> shards.add(bin.toShard(shards.size())));
    return shards;
  }

  private static final class Bin {
    private final int index;
    private final Set<SessionKey> sessions = new HashSet<>();
    private double cost;
    private long statements;
    private long busyNanos;

    Bin(int index) {
      this.index = index;
    }

    int index() {
      return index;
    }

    double cost() {
      return cost;
    }

    void add(SessionLoad session, double sessionCost) {
      sessions.add(session.session());
      cost += sessionCost;
      statements += session.statements();
      busyNanos += session.busyNanos();
    }

    Shard toShard(int shardIndex) {
      return new Shard(shardIndex, sessions, statements, busyNanos);
    }
  }
}
