package io.scry.cli.node;

import io.scry.protocol.cluster.HostAndPort;
import java.net.InetSocketAddress;

/** Parses the {@code HOST:PORT} options of the node commands; errors name the option. */
final class Addresses {

  private Addresses() {}

  static HostAndPort hostPort(String option, String value) {
    try {
      HostAndPort parsed = HostAndPort.parse(value);
      if (parsed.port() < 0 || parsed.port() > 65_535) {
        throw new IllegalArgumentException("port out of range in '" + value + "'");
      }
      return parsed;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage());
    }
  }

  /** A socket address, or null when the option was not given. */
  static InetSocketAddress socket(String option, String value) {
    if (value == null) {
      return null;
    }
    HostAndPort parsed = hostPort(option, value);
    return new InetSocketAddress(parsed.host(), parsed.port());
  }
}
