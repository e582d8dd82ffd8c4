package io.scry.proxy;

/**
 * Whether the proxy asks the upstream server for TLS and what it checks, with the meaning of
 * libpq's {@code sslmode} of the same name.
 */
public enum UpstreamTls {
  /** Plain TCP to the upstream. */
  DISABLE,
  /** Ask for TLS; continue in plain text if the server refuses. Nothing is verified. */
  PREFER,
  /**
   * Ask for TLS; end the session if the server refuses. The server's certificate is not verified,
   * so a man in the middle goes unnoticed (as with libpq's {@code sslmode=require}).
   */
  REQUIRE,
  /** TLS required, and the server's certificate must chain to the trusted root certificates. */
  VERIFY_CA,
  /** {@link #VERIFY_CA}, and the certificate must name the upstream host (DNS name or IP). */
  VERIFY_FULL;

  /** Whether a server that refuses TLS ends the session. */
  public boolean required() {
    return this == REQUIRE || this == VERIFY_CA || this == VERIFY_FULL;
  }

  /** Whether the server's certificate chain is checked against the trusted roots. */
  public boolean verifiesCertificate() {
    return this == VERIFY_CA || this == VERIFY_FULL;
  }

  /** Whether the certificate must name the host the proxy connects to. */
  public boolean verifiesHostName() {
    return this == VERIFY_FULL;
  }

  /** The mode named by a libpq {@code sslmode} value. */
  public static UpstreamTls fromSslMode(String sslmode) {
    return switch (sslmode) {
      case "disable", "allow" -> DISABLE;
      case "prefer" -> PREFER;
      case "require" -> REQUIRE;
      case "verify-ca" -> VERIFY_CA;
      case "verify-full" -> VERIFY_FULL;
      default ->
          throw new IllegalArgumentException(
              "unsupported sslmode '"
                  + sslmode
                  + "' (disable, allow, prefer, require, verify-ca or verify-full)");
    };
  }
}
