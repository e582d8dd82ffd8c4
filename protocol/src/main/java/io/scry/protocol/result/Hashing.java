package io.scry.protocol.result;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The 64-bit hash behind result digests and digest sampling. Stable across JVMs and versions: the
 * digests of a baseline and a candidate replay are only comparable if every node hashes alike.
 */
public final class Hashing {

  private static final long SEED = 0x9E3779B97F4A7C15L;

  private Hashing() {}

  /** The murmur3 64-bit finalizer: a bijection that spreads every input bit over the output. */
  public static long mix(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }

  /** Hashes the remaining bytes of {@code bytes} without moving its position. */
  public static long hash(ByteBuffer bytes) {
    ByteBuffer b = bytes.slice().order(ByteOrder.LITTLE_ENDIAN);
    int length = b.remaining();
    long h = SEED ^ length;
    int i = 0;
    for (; i + Long.BYTES <= length; i += Long.BYTES) {
      h = mix(h ^ b.getLong(i));
    }
    long tail = 0;
    for (int shift = 0; i < length; i++, shift += 8) {
      tail |= (b.get(i) & 0xFFL) << shift;
    }
    return mix(h ^ tail ^ ((long) length << 56));
  }

  public static long hash(byte[] bytes) {
    return hash(ByteBuffer.wrap(bytes));
  }

  public static long hash(String text) {
    return hash(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Combines values in order (order matters). */
  public static long combine(long seed, long... values) {
    long h = mix(seed);
    for (long value : values) {
      h = mix(h ^ value) + SEED;
    }
    return mix(h);
  }
}
