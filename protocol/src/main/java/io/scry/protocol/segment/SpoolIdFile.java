package io.scry.protocol.segment;

import io.scry.protocol.security.OwnerOnly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The file {@value #FILE_NAME} in a capture directory that holds the directory's {@link SpoolId}.
 * It is created once, when the directory is first used (by the segment writer or the shipper,
 * whichever comes first), and never changes: a directory keeps its identity across proxy restarts,
 * and a new, empty directory gets a new one. Owner-only (0600), like the segments.
 */
public final class SpoolIdFile {

  /** The file's name; readers of segment files ignore it (not a segment name). */
  public static final String FILE_NAME = "spool-id";

  private SpoolIdFile() {}

  /**
   * The spool id of {@code dir}, created (with the directory, 0700) if the directory has none yet.
   * Two processes that race to create it get the same id: the file appears atomically, and the
   * loser reads the winner's.
   *
   * @throws IOException if the directory cannot be used or the file does not hold a spool id (the
   *     message names the file)
   */
  public static SpoolId loadOrCreate(Path dir) throws IOException {
    Optional<SpoolId> existing = read(dir);
    if (existing.isPresent()) {
      return existing.get();
    }
    OwnerOnly.createDirectories(dir);
    SpoolId created = SpoolId.random();
    Path file = dir.resolve(FILE_NAME);
    Path temporary = Files.createTempFile(dir, FILE_NAME + "-", ".tmp", OwnerOnly.file(dir));
    try {
      Files.write(
          temporary,
          (created + "\n").getBytes(StandardCharsets.US_ASCII),
          StandardOpenOption.WRITE,
          StandardOpenOption.SYNC);
      // A hard link fails if the name exists, so the first writer's id wins and is never replaced.
      Files.createLink(file, temporary);
      SegmentRecovery.syncDirectory(dir);
      return created;
    } catch (FileAlreadyExistsException lostTheRace) {
      return read(dir).orElseThrow(() -> lostTheRace);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * The spool id of {@code dir}, if it has one.
   *
   * @throws IOException if the file exists but does not hold a spool id
   */
  public static Optional<SpoolId> read(Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (NoSuchFileException none) {
      return Optional.empty();
    }
    try {
      SpoolId id = SpoolId.parse(text);
      if (id.isLegacy()) {
        throw new IllegalArgumentException("'legacy' names segments without a spool id");
      }
      return Optional.of(id);
    } catch (IllegalArgumentException e) {
      throw new IOException("bad spool id file " + file + ": " + e.getMessage(), e);
    }
  }
}
