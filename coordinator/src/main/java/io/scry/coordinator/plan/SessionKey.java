package io.scry.coordinator.plan;

import io.scry.protocol.v1.CaptureEvent;

/** A captured session: session ids are unique per proxy. */
public record SessionKey(String proxyId, long sessionId) {

  public static SessionKey of(CaptureEvent event) {
    return new SessionKey(event.getProxyId(), event.getSessionId());
  }
}
