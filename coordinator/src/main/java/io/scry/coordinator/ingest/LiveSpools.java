package io.scry.coordinator.ingest;

import io.scry.protocol.segment.SpoolId;
import java.net.SocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which spool holds the live ingest connections of each (capture, proxy id). Two proxies started
 * with the same id ship from two spools at once: the store would keep both safely apart, but the
 * operator has misconfigured something that every later report would blame on one proxy, so the
 * second is refused until the first has gone. Connections of one spool may overlap (a shipper that
 * reconnects before the coordinator noticed its old connection end). Thread-safe.
 */
final class LiveSpools {

  /**
   * One connection's claim.
   *
   * @param from the shipper's address, for the refusal message
   */
  record Claim(String capture, String proxyId, SpoolId spool, SocketAddress from) {}

  private record Key(String capture, String proxyId) {}

  /** The claim that took the key first, and how many connections of its spool are open. */
  private static final class Holder {
    final Claim first;
    int connections;

    Holder(Claim first) {
      this.first = first;
    }
  }

  private final Map<Key, Holder> live = new HashMap<>();

  /**
   * Claims the claim's (capture, proxy id) for its spool.
   *
   * @return empty if claimed; else the live claim of another spool that holds it
   */
  synchronized Optional<Claim> claim(Claim claim) {
    Holder holder = live.computeIfAbsent(key(claim), key -> new Holder(claim));
    if (!holder.first.spool().equals(claim.spool())) {
      return Optional.of(holder.first);
    }
    holder.connections++;
    return Optional.empty();
  }

  /** Gives back a claim that {@link #claim} granted, once its connection has closed. */
  synchronized void release(Claim claim) {
    Key key = key(claim);
    Holder holder = live.get(key);
    if (holder != null && holder.first.spool().equals(claim.spool()) && --holder.connections == 0) {
      live.remove(key);
    }
  }

  private static Key key(Claim claim) {
    return new Key(claim.capture(), claim.proxyId());
  }
}
