package io.scry.protocol.fingerprint;

/**
 * The pattern of a query: its normalized text and a stable 64-bit id derived from that text.
 *
 * @param normalized the query with literals replaced by placeholders, case and whitespace folded
 * @param id FNV-1a 64 hash of the UTF-8 bytes of {@code normalized}; stable across JVMs and
 *     versions
 */
public record QueryFingerprint(String normalized, long id) {

  /** The id as 16 lowercase hex digits, zero padded. */
  public String hexId() {
    String hex = Long.toHexString(id);
    return "0".repeat(16 - hex.length()) + hex;
  }
}
