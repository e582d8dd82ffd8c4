package io.scry.protocol.segment;

import io.scry.protocol.v1.CaptureEvent;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * Streams the events of one segment file (sealed or active), frame by frame, without loading the
 * file.
 *
 * <pre>{@code
 * try (SegmentReader reader = SegmentReader.open(file)) {
 *   for (CaptureEvent event; (event = reader.next()) != null; ) {
 *     ...
 *   }
 *   reader.damage().ifPresent(damage -> log.warn("{}", damage));
 * }
 * }</pre>
 *
 * <p>Reading stops at the first frame that is incomplete ({@link SegmentDamage.Kind#TORN_TAIL}) or
 * wrong ({@link SegmentDamage.Kind#CORRUPT}); {@link #damage()} then says where and why. Nothing is
 * ever skipped. A frame the writer has not finished yet looks like a torn tail: to follow a growing
 * active segment, reopen it later at {@link #position()}.
 *
 * <p>The frame layout is documented in {@link SegmentFrames}, the header in {@link SegmentHeader}.
 * Not thread-safe.
 */
public final class SegmentReader implements Closeable {

  private static final int BUFFER_BYTES = 64 * 1024;

  private final Path file;
  private final FileChannel channel;
  private SegmentHeader header;
  private byte[] buffer = new byte[BUFFER_BYTES];

  /** File offset of buffer[0]. */
  private long bufferOffset;

  private int pos;
  private int limit;
  private boolean eof;
  private SegmentDamage damage;

  private SegmentReader(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /** Opens {@code file} at its first frame. */
  public static SegmentReader open(Path file) throws IOException {
    return open(file, 0);
  }

  /**
   * Opens {@code file} at {@code offset}, which must be a frame boundary (such as an earlier {@link
   * #position()}) or 0, meaning the first frame right after the header.
   *
   * @throws IOException if the file cannot be read or its header is not a segment header this code
   *     understands (the message names the file)
   * @throws IllegalArgumentException if {@code offset} lies inside the header or past the end
   */
  public static SegmentReader open(Path file, long offset) throws IOException {
    if (offset < 0) {
      throw new IllegalArgumentException("negative offset " + offset);
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    SegmentReader reader = new SegmentReader(file, channel);
    try {
      reader.readHeader();
      if (offset > 0) {
        reader.seek(offset);
      }
      return reader;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The segment's header, or null if the file ends inside it (see {@link #damage()}). */
  public SegmentHeader header() {
    return header;
  }

  /** The file being read. */
  public Path file() {
    return file;
  }

  /**
   * Reads the next event.
   *
   * @return the event, or null at the end of the good frames (check {@link #damage()})
   * @throws IOException only if the file cannot be read; bad bytes are reported as damage
   */
  public CaptureEvent next() throws IOException {
    int length = nextLength();
    if (length < 0) {
      return null;
    }
    try {
      CaptureEvent event =
          SegmentFrames.checkPayload(
              buffer,
              pos + SegmentFrames.FRAME_HEADER_BYTES,
              length,
              SegmentFrames.readInt(buffer, pos + 4));
      pos += SegmentFrames.FRAME_HEADER_BYTES + length;
      return event;
    } catch (SegmentFrames.BadFrame bad) {
      return corrupt(bad.getMessage());
    }
  }

  /**
   * Reads the next frame as raw bytes (length, CRC and payload, exactly as in the file) for
   * shipping without re-encoding. The CRC is checked; the payload is not decoded.
   *
   * @return the frame, or null at the end of the good frames (check {@link #damage()})
   */
  public byte[] nextFrame() throws IOException {
    int length = nextLength();
    if (length < 0) {
      return null;
    }
    try {
      SegmentFrames.checkCrc(
          buffer,
          pos + SegmentFrames.FRAME_HEADER_BYTES,
          length,
          SegmentFrames.readInt(buffer, pos + 4));
    } catch (SegmentFrames.BadFrame bad) {
      return corrupt(bad.getMessage());
    }
    int frameBytes = SegmentFrames.FRAME_HEADER_BYTES + length;
    byte[] frame = Arrays.copyOfRange(buffer, pos, pos + frameBytes);
    pos += frameBytes;
    return frame;
  }

  /** File offset of the next frame: the end of the last good frame read so far. */
  public long position() {
    return bufferOffset + pos;
  }

  /** What stopped reading early; empty while reading or if the file ended on a frame boundary. */
  public Optional<SegmentDamage> damage() {
    return Optional.ofNullable(damage);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /**
   * Makes the next frame's header and payload available in the buffer at {@code pos}.
   *
   * @return the payload length, or -1 at the end (with damage recorded if the end is not clean)
   */
  private int nextLength() throws IOException {
    if (damage != null || header == null) {
      return -1;
    }
    if (!fill(SegmentFrames.FRAME_HEADER_BYTES)) {
      int present = limit - pos;
      if (present > 0) {
        torn("file ends " + present + " bytes into a frame header");
      }
      return -1;
    }
    int length = SegmentFrames.readInt(buffer, pos);
    try {
      SegmentFrames.checkLength(length);
    } catch (SegmentFrames.BadFrame bad) {
      long frameStart = position();
      boolean zeroFilled = length == 0 && restIsZeros();
      // the scan consumed the rest of the file; position() must still name the frame start
      bufferOffset = frameStart;
      pos = 0;
      limit = 0;
      damage =
          zeroFilled
              ? new SegmentDamage(
                  file, frameStart, SegmentDamage.Kind.TORN_TAIL, "zero-filled tail")
              : new SegmentDamage(file, frameStart, SegmentDamage.Kind.CORRUPT, bad.getMessage());
      return -1;
    }
    if (!fill(SegmentFrames.FRAME_HEADER_BYTES + length)) {
      // the whole rest of the file is buffered now, so it can be searched for a later frame
      SegmentFrames.Overrun overrun = SegmentFrames.frameRunsPastEnd(buffer, pos, limit, length);
      damage = new SegmentDamage(file, position(), overrun.kind(), "file " + overrun.message());
      return -1;
    }
    return length;
  }

  private void readHeader() throws IOException {
    fill(SegmentHeader.PREFIX_BYTES);
    int length = SegmentHeader.checkPrefix(buffer, limit, file);
    if (length < 0 || !fill(length)) {
      pos = 0;
      torn("file ends inside the segment header (" + limit + " bytes)");
      return;
    }
    header = SegmentHeader.decode(buffer, length, file);
    pos = length;
  }

  private void seek(long offset) throws IOException {
    if (header == null || offset < header.length() || offset > channel.size()) {
      throw new IllegalArgumentException(
          "offset " + offset + " is not a frame position in " + file);
    }
    channel.position(offset);
    bufferOffset = offset;
    pos = 0;
    limit = 0;
    eof = false;
  }

  /** Ensures {@code bytes} bytes from {@code pos} are buffered; false if the file ends first. */
  private boolean fill(int bytes) throws IOException {
    if (limit - pos >= bytes) {
      return true;
    }
    if (pos > 0) {
      System.arraycopy(buffer, pos, buffer, 0, limit - pos);
      bufferOffset += pos;
      limit -= pos;
      pos = 0;
    }
    if (bytes > buffer.length) {
      buffer = Arrays.copyOf(buffer, bytes);
    }
    while (limit < bytes && !eof) {
      int read = channel.read(ByteBuffer.wrap(buffer, limit, buffer.length - limit));
      if (read < 0) {
        eof = true;
      } else {
        limit += read;
      }
    }
    return limit - pos >= bytes;
  }

  /** Whether everything from {@code pos} to the end of the file is zero bytes; consumes it. */
  private boolean restIsZeros() throws IOException {
    while (true) {
      for (int i = pos; i < limit; i++) {
        if (buffer[i] != 0) {
          return false;
        }
      }
      pos = limit;
      if (!fill(1)) {
        return true;
      }
    }
  }

  private <T> T torn(String message) {
    damage = new SegmentDamage(file, position(), SegmentDamage.Kind.TORN_TAIL, message);
    return null;
  }

  private <T> T corrupt(String message) {
    damage = new SegmentDamage(file, position(), SegmentDamage.Kind.CORRUPT, message);
    return null;
  }
}
