package io.scry.protocol.replay;

import io.scry.protocol.result.Hashing;
import io.scry.protocol.v1.CaptureEvent;

/**
 * A captured session: session ids are unique per proxy. The coordinator plans shards of whole
 * sessions by this key; a worker dispatches a shard's events to its sessions by it.
 */
public record SessionKey(String proxyId, long sessionId) {

  public static SessionKey of(CaptureEvent event) {
    return new SessionKey(event.getProxyId(), event.getSessionId());
  }

  /** {@link Hashing#hash(String)} of the proxy id. */
  public long proxyIdHash() {
    return Hashing.hash(proxyId);
  }

  /** {@code proxyId/sessionId}, the session id unsigned. */
  @Override
  public String toString() {
    return proxyId + "/" + Long.toUnsignedString(sessionId);
  }
}
