package io.scry.proxy.wire;

/**
 * A message whose length field exceeds the proxy's limit. The proxy holds each message whole before
 * forwarding it, so the limit bounds its memory per session; PostgreSQL's own limit is 1 GiB.
 */
public final class MessageTooLargeException extends MalformedMessageException {

  public MessageTooLargeException(String type, long length, int limit) {
    super(
        "message '"
            + type
            + "' of "
            + length
            + " bytes exceeds the proxy's limit of "
            + limit
            + " bytes (max-message-size)");
  }
}
