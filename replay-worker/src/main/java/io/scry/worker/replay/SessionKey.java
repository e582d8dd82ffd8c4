package io.scry.worker.replay;

import io.scry.protocol.result.Hashing;
import io.scry.protocol.v1.CaptureEvent;

/** A captured session: session ids are unique per proxy. */
record SessionKey(String proxyId, long sessionId) {

  static SessionKey of(CaptureEvent event) {
    return new SessionKey(event.getProxyId(), event.getSessionId());
  }

  long proxyIdHash() {
    return Hashing.hash(proxyId);
  }

  @Override
  public String toString() {
    return proxyId + "/" + Long.toUnsignedString(sessionId);
  }
}
