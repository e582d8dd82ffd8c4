package io.scry.coordinator.store;

import io.scry.protocol.security.OwnerOnly;
import io.scry.protocol.segment.SegmentDamage;
import io.scry.protocol.segment.SegmentFileName;
import io.scry.protocol.segment.SegmentHeader;
import io.scry.protocol.segment.SegmentReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's copy of one segment: its file, how many bytes of it are durable, and whether it is
 * sealed. An unsealed copy keeps its file open for appending. Not thread-safe: {@link SpoolLog}
 * serializes access.
 */
final class StoredSegment implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StoredSegment.class);

  private SegmentFileName name;
  private Path file;
  private FileChannel channel;
  private long durableOffset;
  private Integer headerChecksum;

  private StoredSegment(SegmentFileName name, Path file, FileChannel channel, long durableOffset) {
    this.name = name;
    this.file = file;
    this.channel = channel;
    this.durableOffset = durableOffset;
  }

  /** Creates an empty active copy in {@code dir} (which must exist). */
  static StoredSegment create(Path dir, SegmentFileName name) throws IOException {
    Path file = dir.resolve(name.fileName());
    FileChannel channel =
        FileChannel.open(
            file,
            Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            OwnerOnly.file(dir));
    DurableFiles.fsyncDirectory(dir);
    return new StoredSegment(name, file, channel, 0);
  }

  /**
   * Reopens a copy found on disk. A sealed copy is complete; an active one is cut back to its last
   * whole, intact frame (a crash can leave a torn or unsynced tail), and removed if not even its
   * header survived.
   *
   * @return the copy, or empty if an active copy held nothing worth keeping
   */
  static Optional<StoredSegment> recover(Path file, SegmentFileName name) throws IOException {
    if (!name.active()) {
      return Optional.of(new StoredSegment(name, file, null, Files.size(file)));
    }
    long good;
    Optional<SegmentDamage> damage;
    try (SegmentReader reader = SegmentReader.open(file)) {
      while (reader.nextFrame() != null) {
        // only the position of the last good frame matters
      }
      good = reader.header() == null ? 0 : reader.position();
      damage = reader.damage();
    }
    if (good == 0) {
      log.warn("removing {}: not even its header was written before the crash", file);
      Files.delete(file);
      DurableFiles.fsyncDirectory(file.getParent());
      return Optional.empty();
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
    if (damage.isPresent()) {
      log.warn(
          "truncating {} from {} to {} bytes, the end of its last good frame ({})",
          file,
          channel.size(),
          good,
          damage.get().message());
      channel.truncate(good);
      channel.force(true);
    }
    return Optional.of(new StoredSegment(name, file, channel, good));
  }

  /** The protocol's name of a segment: its sealed file name without the suffix. */
  static String segmentName(SegmentFileName name) {
    String sealed = name.sealed().fileName();
    return sealed.substring(0, sealed.length() - SegmentFileName.SEALED_SUFFIX.length());
  }

  SegmentFileName name() {
    return name;
  }

  /**
   * The checksum of this copy's header ({@link SegmentHeader#checksum()}), which tells this segment
   * from another one with the same name; empty while not even the header is durable.
   */
  Optional<Integer> headerChecksum() throws IOException {
    if (headerChecksum == null && durableOffset > 0) {
      try (SegmentReader reader = SegmentReader.open(file)) {
        SegmentHeader header = reader.header();
        headerChecksum = header == null ? null : header.checksum();
      }
    }
    return Optional.ofNullable(headerChecksum);
  }

  Path file() {
    return file;
  }

  long durableOffset() {
    return durableOffset;
  }

  boolean sealed() {
    return !name.active();
  }

  /** Writes {@code bytes} at the durable offset without making them durable yet. */
  void write(ByteBuffer bytes) throws IOException {
    long at = durableOffset;
    while (bytes.hasRemaining()) {
      at += channel.write(bytes, at);
    }
  }

  /** Forgets anything written after the durable offset. */
  void discardUnsynced() throws IOException {
    channel.truncate(durableOffset);
  }

  /** Fsyncs what was written and moves the durable offset to {@code end}. */
  void sync(long end) throws IOException {
    channel.force(true);
    durableOffset = end;
  }

  /** Closes the file and renames it to its sealed name. */
  void seal() throws IOException {
    channel.close();
    channel = null;
    Path sealedFile = file.resolveSibling(name.sealed().fileName());
    DurableFiles.rename(file, sealedFile);
    name = name.sealed();
    file = sealedFile;
  }

  SegmentPosition position() {
    return new SegmentPosition(segmentName(name), durableOffset, sealed());
  }

  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
  }
}
