package io.scry.cli.console;

import java.net.InetSocketAddress;

/**
 * How the commands write a socket address in what they print: {@code HOST:PORT} with the host as it
 * was given or bound, where {@link InetSocketAddress#toString()} would print {@code host/ip:port}.
 */
public final class AddressText {
  private AddressText() {}

  public static String hostPort(InetSocketAddress address) {
    return address.getHostString() + ":" + address.getPort();
  }
}
