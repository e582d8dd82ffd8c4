package io.scry.protocol.segment;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** Seals an active segment that a crashed writer, or a failed seal, left behind. */
final class SegmentRecovery {

  private SegmentRecovery() {}

  /**
   * Reads {@code file} to its last good frame. A torn tail is cut off, corruption is left in place
   * for readers to report (cutting it would also drop any good frames behind it), then the segment
   * is sealed. A file that ends inside its header holds no events and is deleted.
   */
  static RecoveredSegment recover(Path file, SegmentFileName name) throws IOException {
    Optional<SegmentDamage> damage;
    long goodEnd;
    boolean hasHeader;
    try (SegmentReader reader = SegmentReader.open(file)) {
      while (reader.next() != null) {
        // only looking for the end of the good frames
      }
      damage = reader.damage();
      goodEnd = reader.position();
      hasHeader = reader.header() != null;
    }
    Path dir = file.toAbsolutePath().getParent();
    if (!hasHeader) {
      Files.delete(file);
      syncDirectory(dir);
      return new RecoveredSegment(file, Optional.empty(), damage);
    }
    if (damage.isPresent() && damage.get().kind() == SegmentDamage.Kind.TORN_TAIL) {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
        channel.truncate(goodEnd);
        channel.force(true);
      }
    }
    Path sealed = file.resolveSibling(name.sealed().fileName());
    Files.move(file, sealed, StandardCopyOption.ATOMIC_MOVE);
    syncDirectory(dir);
    return new RecoveredSegment(file, Optional.of(sealed), damage);
  }

  /** Makes a rename durable; best effort, as not every platform can open a directory. */
  static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException notSupported) {
      // the rename itself succeeded; only its durability across a power cut is uncertain
    }
  }
}
