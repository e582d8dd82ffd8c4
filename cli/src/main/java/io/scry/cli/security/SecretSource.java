package io.scry.cli.security;

import io.scry.protocol.security.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A secret given either as a value or as a file holding it. */
final class SecretSource {

  private SecretSource() {}

  /**
   * The secret in {@code file} if one is given, else {@code value}; null when neither is (blank
   * values count as none, so that an empty environment variable does not become a token).
   *
   * @throws IllegalArgumentException naming the option if the file cannot be read or is empty
   */
  static String resolve(String value, String fileOption, Path file) {
    if (file != null && !file.toString().isBlank()) {
      try {
        return Secrets.read(file);
      } catch (IOException e) {
        throw new IllegalArgumentException(
            fileOption + ": cannot read " + file + ": " + e.getMessage(),
            new UncheckedIOException(e));
      }
    }
    return value == null || value.isBlank() ? null : value.strip();
  }
}
