package io.scry.protocol.segment;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how a segment file stops being readable.
 *
 * @param file the segment file
 * @param offset byte offset in the file of the first byte that could not be read as a good frame
 *     (equal to the end of the last good frame)
 * @param kind torn tail (the file ends inside a frame) or corruption (bytes present but wrong)
 * @param message what exactly is wrong, for humans
 */
public record SegmentDamage(Path file, long offset, Kind kind, String message) {

  /** How a segment is damaged. */
  public enum Kind {
    /**
     * The file ends inside the header or a frame: a crash or a partial copy cut the last write
     * short, or a writer is still in the middle of writing it. Everything before is intact.
     */
    TORN_TAIL,
    /**
     * Bytes are present but wrong: a CRC mismatch, an impossible length or an unparseable payload.
     * Nothing after this offset is read from the file.
     */
    CORRUPT
  }

  public SegmentDamage {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return kind + " in " + file + " at offset " + offset + ": " + message;
  }
}
