package io.scry.protocol.result;

import io.scry.protocol.v1.StatementDigest;
import java.util.Comparator;
import java.util.List;

/**
 * Which statements' digests are kept: the {@link #K} statements with the smallest {@link #key}
 * (compared unsigned). The key depends only on the statement's identity, so every replay of the
 * same capture, on any target and spread over any workers, keeps the same statements, and the
 * samples of a baseline and a candidate can be paired.
 */
public final class DigestSampling {

  /** How many statement digests a pattern keeps. */
  public static final int K = 32;

  private static final long KEY_SEED = 0x5EED_D16E_57L;

  /** Orders digests by their sampling key, smallest first. */
  public static final Comparator<StatementDigest> BY_KEY =
      (a, b) -> Long.compareUnsigned(key(a), key(b));

  private DigestSampling() {}

  public static long key(String proxyId, long sessionId, long sequence) {
    return Hashing.combine(KEY_SEED, Hashing.hash(proxyId), sessionId, sequence);
  }

  public static long key(StatementDigest digest) {
    return key(digest.getProxyId(), digest.getSessionId(), digest.getSequence());
  }

  /** The bottom-k of {@code digests}, smallest key first. */
  public static List<StatementDigest> bottomK(List<StatementDigest> digests) {
    return digests.stream().sorted(BY_KEY).limit(K).toList();
  }
}
