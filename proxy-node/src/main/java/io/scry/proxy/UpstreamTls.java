package io.scry.proxy;

/** Whether the proxy asks the upstream server for TLS, like libpq's {@code sslmode}. */
public enum UpstreamTls {
  /** Plain TCP to the upstream. */
  DISABLE,
  /** Ask for TLS; continue in plain text if the server refuses. */
  PREFER,
  /**
   * Ask for TLS; end the session if the server refuses. The server's certificate is not verified
   * (as with libpq's {@code sslmode=require}).
   */
  REQUIRE;

  /** The mode named by a libpq {@code sslmode} value. */
  public static UpstreamTls fromSslMode(String sslmode) {
    return switch (sslmode) {
      case "disable", "allow" -> DISABLE;
      case "prefer" -> PREFER;
      case "require" -> REQUIRE;
      default ->
          throw new IllegalArgumentException(
              "unsupported sslmode '" + sslmode + "' (disable, allow, prefer or require)");
    };
  }
}
