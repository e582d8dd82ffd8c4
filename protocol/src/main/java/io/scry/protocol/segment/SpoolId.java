package io.scry.protocol.segment;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a spool: one proxy capture directory. A proxy id names a proxy, but a proxy can
 * come back with a new, empty directory (or a restored backup, or a second proxy can be given the
 * same id), and then its segment names {@code <proxyId>-<sequence>} start over. The spool id, a
 * random UUID kept in the directory ({@link SpoolIdFile}) and written in every segment header, is
 * what tells those segments apart.
 *
 * <p>Segments written before spools had an identity (header format version 1) all belong to the one
 * spool {@link #LEGACY}.
 *
 * @param text the canonical lower-case UUID, or {@code legacy}
 */
public record SpoolId(String text) {

  /** The spool of every segment whose header carries no spool id (format version 1). */
  public static final SpoolId LEGACY = new SpoolId("legacy");

  public SpoolId {
    Objects.requireNonNull(text, "text");
    if (!text.equals("legacy") && !isCanonicalUuid(text)) {
      throw new IllegalArgumentException(
          "spool id must be a lower-case UUID or 'legacy': '" + text + "'");
    }
  }

  /** A new random spool id. */
  public static SpoolId random() {
    return of(UUID.randomUUID());
  }

  /** The spool id of {@code uuid}. */
  public static SpoolId of(UUID uuid) {
    return new SpoolId(uuid.toString().toLowerCase(Locale.ROOT));
  }

  /**
   * Parses a spool id as it appears on the wire and in file and directory names.
   *
   * @throws IllegalArgumentException naming the rule if it is neither a UUID nor {@code legacy}
   */
  public static SpoolId parse(String text) {
    return new SpoolId(text);
  }

  /** Whether this is the spool of segments without an identity. */
  public boolean isLegacy() {
    return this.equals(LEGACY);
  }

  /** The UUID; only for a spool that is not {@link #LEGACY}. */
  public UUID uuid() {
    if (isLegacy()) {
      throw new IllegalStateException("the legacy spool has no UUID");
    }
    return UUID.fromString(text);
  }

  @Override
  public String toString() {
    return text;
  }

  private static boolean isCanonicalUuid(String text) {
    try {
      return UUID.fromString(text).toString().equals(text);
    } catch (IllegalArgumentException notAUuid) {
      return false;
    }
  }
}
