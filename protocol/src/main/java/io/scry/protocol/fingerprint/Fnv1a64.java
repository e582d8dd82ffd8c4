package io.scry.protocol.fingerprint;

/**
 * FNV-1a, 64-bit (offset basis {@code 0xcbf29ce484222325}, prime {@code 0x100000001b3}) over the
 * UTF-8 bytes of a text, encoded on the fly so hashing allocates nothing. Unpaired surrogates hash
 * as {@code '?'}, exactly as {@code String.getBytes(UTF_8)} encodes them, so any implementation
 * that hashes the UTF-8 bytes agrees with this one.
 */
final class Fnv1a64 {

  private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private Fnv1a64() {}

  static long hashUtf8(CharSequence text) {
    long hash = OFFSET_BASIS;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        hash = (hash ^ c) * PRIME;
      } else if (c < 0x800) {
        hash = (hash ^ (0xc0 | (c >> 6))) * PRIME;
        hash = (hash ^ (0x80 | (c & 0x3f))) * PRIME;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, text.charAt(++i));
        hash = (hash ^ (0xf0 | (codePoint >> 18))) * PRIME;
        hash = (hash ^ (0x80 | ((codePoint >> 12) & 0x3f))) * PRIME;
        hash = (hash ^ (0x80 | ((codePoint >> 6) & 0x3f))) * PRIME;
        hash = (hash ^ (0x80 | (codePoint & 0x3f))) * PRIME;
      } else if (Character.isSurrogate(c)) {
        hash = (hash ^ '?') * PRIME;
      } else {
        hash = (hash ^ (0xe0 | (c >> 12))) * PRIME;
        hash = (hash ^ (0x80 | ((c >> 6) & 0x3f))) * PRIME;
        hash = (hash ^ (0x80 | (c & 0x3f))) * PRIME;
      }
    }
    return hash;
  }
}
