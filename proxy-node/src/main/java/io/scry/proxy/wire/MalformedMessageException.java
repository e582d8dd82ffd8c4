package io.scry.proxy.wire;

/**
 * Bytes from a peer that cannot be a PostgreSQL message: an impossible or oversized length, or a
 * startup packet the proxy does not understand. The session that received them is closed.
 */
public class MalformedMessageException extends RuntimeException {

  public MalformedMessageException(String message) {
    super(message);
  }
}
