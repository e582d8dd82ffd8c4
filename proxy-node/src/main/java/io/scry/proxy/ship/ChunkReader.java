package io.scry.proxy.ship;

import io.scry.protocol.segment.SegmentDamage;
import io.scry.protocol.segment.SegmentHeader;
import io.scry.protocol.segment.SegmentReader;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Reads the next chunk of a segment file: its raw bytes from an offset up to the end of the last
 * whole, intact frame (plus the header when starting at 0). The tail of an active segment may be a
 * frame still being written: it is left for a later read.
 */
final class ChunkReader {

  /**
   * What one read found.
   *
   * @param data the bytes to ship, possibly empty
   * @param endOffset the offset right after {@code data}
   * @param exhausted no further intact frame follows {@code endOffset} (yet)
   * @param damage why reading stopped before the end of the file, if it did
   */
  record Read(byte[] data, long endOffset, boolean exhausted, Optional<SegmentDamage> damage) {}

  private ChunkReader() {}

  /**
   * Reads up to about {@code maxBytes} (at least one frame, if one is there) from {@code offset}.
   */
  static Read read(Path file, long offset, int maxBytes) throws IOException {
    try (SegmentReader reader = SegmentReader.open(file, offset)) {
      SegmentHeader header = reader.header();
      if (header == null) {
        return new Read(new byte[0], offset, true, reader.damage());
      }
      ByteArrayOutputStream data = new ByteArrayOutputStream();
      if (offset == 0) {
        data.write(readHeaderBytes(file, header.length()));
      }
      boolean exhausted = false;
      do {
        byte[] frame = reader.nextFrame();
        if (frame == null) {
          exhausted = true;
          break;
        }
        data.write(frame);
      } while (data.size() < maxBytes);
      return new Read(data.toByteArray(), reader.position(), exhausted, reader.damage());
    }
  }

  private static byte[] readHeaderBytes(Path file, int length) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(length);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      while (header.hasRemaining()) {
        if (channel.read(header, header.position()) < 0) {
          throw new EOFException("segment header of " + file + " vanished while reading it");
        }
      }
    }
    return header.array();
  }
}
