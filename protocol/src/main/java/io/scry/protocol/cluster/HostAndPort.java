package io.scry.protocol.cluster;

/** A node's {@code HOST:PORT} as given on the command line: a seed, or the node's own address. */
public record HostAndPort(String host, int port) {

  public static HostAndPort parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException("expected HOST:PORT but got '" + text + "'");
    }
    try {
      return new HostAndPort(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a numeric port in '" + text + "'");
    }
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
