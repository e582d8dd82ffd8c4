package io.scry.protocol.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authentication that opens every capture ingest connection, before the first length-prefixed
 * message: the coordinator challenges, the shipper proves it knows the shared ingest secret without
 * sending it, and the coordinator answers with one status byte.
 *
 * <pre>
 *   coordinator                                                  shipper
 *      | --- "SCRYAUTH" (8 bytes) | nonce (32 random bytes) ----> |
 *      | <-- HMAC-SHA256(secret, "scry-ingest-v2" | nonce) (32) - |
 *      | --- status (1 byte): 0 accepted, 1 refused ------------> |  refused: connection closes
 * </pre>
 *
 * A fresh nonce per connection means a recorded answer is worth nothing on the next connection. A
 * shipper without a secret (started with {@code --insecure}) answers with zeros, which only a
 * coordinator started with {@code --insecure} accepts. The handshake authenticates the shipper, not
 * the coordinator, and does not encrypt what follows (see docs/SECURITY.md).
 */
public final class IngestHandshake {

  /** What the challenge starts with: tells a confused client what it reached. */
  public static final byte[] MAGIC = "SCRYAUTH".getBytes(StandardCharsets.US_ASCII);

  public static final int NONCE_BYTES = 32;
  public static final int CHALLENGE_BYTES = MAGIC.length + NONCE_BYTES;
  public static final int ANSWER_BYTES = 32;

  public static final byte ACCEPTED = 0;
  public static final byte REFUSED = 1;

  /**
   * Binds the answer to this protocol, so that an HMAC made for anything else never fits. It names
   * the handshake, which has not changed since ingest version 2; the conversation's version is
   * stated in the Hello ({@link io.scry.protocol.ingest.IngestProtocol}).
   */
  private static final byte[] CONTEXT = "scry-ingest-v2".getBytes(StandardCharsets.US_ASCII);

  private static final SecureRandom RANDOM = new SecureRandom();

  private IngestHandshake() {}

  /** A new challenge: {@link #MAGIC} followed by a random nonce. */
  public static byte[] challenge() {
    byte[] challenge = new byte[CHALLENGE_BYTES];
    System.arraycopy(MAGIC, 0, challenge, 0, MAGIC.length);
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    System.arraycopy(nonce, 0, challenge, MAGIC.length, NONCE_BYTES);
    return challenge;
  }

  /**
   * The shipper's answer to {@code challenge}.
   *
   * @param secret the ingest secret, or null for none (an answer of zeros)
   * @throws IllegalArgumentException if the challenge does not start with {@link #MAGIC}
   */
  public static byte[] answer(byte[] challenge, String secret) {
    if (challenge.length != CHALLENGE_BYTES || !startsWithMagic(challenge)) {
      throw new IllegalArgumentException(
          "not a Scry ingest port: the peer did not send an ingest challenge");
    }
    if (secret == null) {
      return new byte[ANSWER_BYTES];
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(CONTEXT);
      mac.update(challenge, MAGIC.length, NONCE_BYTES);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
    }
  }

  /**
   * Whether {@code answer} proves knowledge of {@code secret} for {@code challenge}; compared in
   * constant time.
   */
  public static boolean verify(byte[] challenge, byte[] answer, String secret) {
    java.util.Objects.requireNonNull(secret, "secret");
    return Secrets.equal(answer, answer(challenge, secret));
  }

  private static boolean startsWithMagic(byte[] challenge) {
    for (int i = 0; i < MAGIC.length; i++) {
      if (challenge[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }
}
