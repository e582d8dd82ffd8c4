package io.scry.proxy.capture;

import io.scry.protocol.security.OwnerOnly;
import io.scry.protocol.security.Secrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's secret key of {@code --pseudonymize-key-file}: only the proxy reads it, and it is
 * never written anywhere (its {@link #toString()} does not show it, so configurations that hold it
 * can be logged).
 */
public final class PseudonymKey {

  /** 128 bits: shorter keys would let anyone who guesses values check them against a capture. */
  public static final int MIN_BYTES = 16;

  private static final Logger log = LoggerFactory.getLogger(PseudonymKey.class);

  private final byte[] bytes;

  private PseudonymKey(byte[] bytes) {
    if (bytes.length < MIN_BYTES) {
      throw new IllegalArgumentException(
          "a pseudonym key needs at least "
              + MIN_BYTES
              + " bytes, got "
              + bytes.length
              + " (make one with: openssl rand -hex 32 > FILE)");
    }
    this.bytes = bytes.clone();
  }

  /** The key {@code bytes} (at least {@value #MIN_BYTES}). */
  public static PseudonymKey of(byte[] bytes) {
    return new PseudonymKey(bytes);
  }

  /**
   * The key in {@code file}: its content without surrounding whitespace, as UTF-8 bytes.
   *
   * @throws IOException if the file cannot be read or is empty
   * @throws IllegalArgumentException if the key is shorter than {@value #MIN_BYTES} bytes
   */
  public static PseudonymKey read(Path file) throws IOException {
    PseudonymKey key = new PseudonymKey(Secrets.read(file).getBytes(StandardCharsets.UTF_8));
    if (readableByOthers(file)) {
      log.warn(
          "the pseudonym key file {} is readable by its group or others: whoever reads it can test"
              + " guessed values against the capture (chmod 600 it)",
          file);
    }
    return key;
  }

  private static boolean readableByOthers(Path file) {
    try {
      return OwnerOnly.readableByOthers(file);
    } catch (IOException e) {
      return false; // unreadable permissions: reading the key itself says what is wrong
    }
  }

  byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PseudonymKey key && Arrays.equals(bytes, key.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "PseudonymKey[not shown]";
  }
}
