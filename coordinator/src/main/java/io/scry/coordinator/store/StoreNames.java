package io.scry.coordinator.store;

import java.util.regex.Pattern;

/**
 * Names that become directory names in the capture store: capture names and proxy ids. Both come
 * from the network or the command line, so they are checked before they touch a path.
 */
public final class StoreNames {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private StoreNames() {}

  /**
   * Returns {@code name} if it is a valid capture name: 1 to 64 of {@code A-Z a-z 0-9 . _ -}, and
   * not {@code .} or {@code ..}.
   *
   * @throws IllegalArgumentException naming the rule otherwise
   */
  public static String requireCaptureName(String name) {
    return requireSafe("capture name", name);
  }

  /** Returns {@code proxyId} if it follows the same rule as capture names. */
  public static String requireProxyId(String proxyId) {
    return requireSafe("proxy id", proxyId);
  }

  /** Whether {@code name} may be a capture name or proxy id. */
  public static boolean isValid(String name) {
    return name != null && SAFE.matcher(name).matches() && !name.equals(".") && !name.equals("..");
  }

  private static String requireSafe(String what, String name) {
    if (name == null || !SAFE.matcher(name).matches() || name.equals(".") || name.equals("..")) {
      throw new IllegalArgumentException(
          "invalid "
              + what
              + " '"
              + name
              + "': use 1 to 64 characters of A-Z a-z 0-9 . _ - (not '.' or '..')");
    }
    return name;
  }
}
