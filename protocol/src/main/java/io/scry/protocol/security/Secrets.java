package io.scry.protocol.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Shared secrets of the cluster's ports (the job API's bearer token, the ingest secret): made at
 * random, kept in files only their owner reads, compared in constant time.
 */
public final class Secrets {

  /** 192 bits: far beyond guessing, short enough to paste. */
  private static final int RANDOM_BYTES = 24;

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** A new random secret, as hex. */
  public static String random() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /**
   * Whether two secrets are equal, in time that does not depend on where they differ (a timing
   * difference would let a client guess a token byte by byte).
   */
  public static boolean equal(byte[] given, byte[] expected) {
    return MessageDigest.isEqual(given, expected);
  }

  /**
   * The secret in {@code file}: its content without surrounding whitespace, so that a file written
   * by {@code echo} or a Docker secret with a trailing newline works.
   *
   * @throws IOException if it cannot be read or holds nothing
   */
  public static String read(Path file) throws IOException {
    String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (secret.isEmpty()) {
      throw new IOException("the secret file " + file + " is empty");
    }
    return secret;
  }

  /**
   * Writes {@code secret} to {@code file}, readable and writable by its owner only (0600), so that
   * the local clients of a node can read what the node generated.
   */
  public static void write(Path file, String secret) throws IOException {
    Files.deleteIfExists(file);
    Files.createFile(file, OwnerOnly.file(file.toAbsolutePath().getParent()));
    Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
  }
}
