package io.scry.cli.failure;

import io.scry.cli.console.AddressText;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tells which of a command's listening addresses could not be bound. A server that listens on
 * several (a coordinator's cluster, HTTP and ingest ports) fails with the same words whichever was
 * taken; trying each one again, right after the failure, finds the flag to name.
 */
public final class AddressInUse {
  private AddressInUse() {}

  /**
   * @param byFlag each listening address by the flag that set it, in the order to report
   * @return the failure naming the first flag whose address cannot be bound now, or one naming all
   *     of them when every one can (the other process has gone)
   */
  public static UserFailure of(Map<String, InetSocketAddress> byFlag, Throwable cause) {
    Map<String, InetSocketAddress> busy = new LinkedHashMap<>();
    byFlag.forEach(
        (flag, address) -> {
          if (address != null && address.getPort() != 0 && !bindable(address)) {
            busy.put(flag, address);
          }
        });
    Map.Entry<String, InetSocketAddress> named = busy.entrySet().stream().findFirst().orElse(null);
    String where =
        named != null
            ? AddressText.hostPort(named.getValue()) + " (" + named.getKey() + ")"
            : String.join(
                " or ",
                byFlag.entrySet().stream()
                    .filter(e -> e.getValue() != null)
                    .map(e -> AddressText.hostPort(e.getValue()) + " (" + e.getKey() + ")")
                    .toList());
    return new UserFailure(
        "cannot listen on " + where + ": the address is already in use or not allowed",
        "stop what listens there, or choose another port (port 0 picks a free one)",
        "",
        cause);
  }

  /** Whether the failure is one of a listening address; see {@link Failures#isBindFailure}. */
  public static Optional<UserFailure> ifBindFailure(
      Map<String, InetSocketAddress> byFlag, Throwable thrown) {
    return Failures.isBindFailure(thrown) ? Optional.of(of(byFlag, thrown)) : Optional.empty();
  }

  private static boolean bindable(InetSocketAddress address) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(
          address.isUnresolved()
              ? new InetSocketAddress(address.getHostString(), address.getPort())
              : address);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
