package io.scry.protocol.segment;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import io.scry.protocol.v1.CaptureEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * Encodes and checks the frames of a capture segment: the one place that knows the frame layout,
 * used by {@link SegmentWriter}, {@link SegmentReader} and by anyone validating shipped frames.
 *
 * <pre>
 * One frame (all integers big-endian):
 *
 * +------------------+------------------+--------------------------------------+
 * | length (u32)     | crc (u32)        | payload (length bytes)               |
 * | 1 .. 16 MiB      | CRC32C(payload)  | CaptureEvent, protobuf binary        |
 * +------------------+------------------+--------------------------------------+
 * |&lt;---- FRAME_HEADER_BYTES = 8 ------&gt;|
 * </pre>
 *
 * <p>A length of 0 is impossible (the writer never writes an empty event) so that a zero-filled
 * region, which file systems can leave behind after a crash, is never read as events.
 */
public final class SegmentFrames {

  /** Bytes of the length and CRC fields in front of each payload. */
  public static final int FRAME_HEADER_BYTES = 8;

  /** Longest payload accepted; a longer length field is corruption, not a real event. */
  public static final int MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;

  private static final VarHandle INT_BE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

  private SegmentFrames() {}

  /** The complete frame (length, CRC, payload) of one event. */
  public static byte[] encode(CaptureEvent event) {
    int payloadBytes = checkedPayloadSize(event);
    byte[] frame = new byte[FRAME_HEADER_BYTES + payloadBytes];
    encodeInto(event, payloadBytes, frame, 0);
    return frame;
  }

  /**
   * Checks that {@code frames} (from its position to its limit) holds only complete, intact frames
   * and returns how many. The buffer's position is not changed.
   *
   * @throws SegmentCorruptionException naming the offset (relative to the position) of the first
   *     incomplete ({@code TORN_TAIL}) or bad ({@code CORRUPT}) frame
   */
  public static int validate(ByteBuffer frames) throws SegmentCorruptionException {
    return scan(frames, event -> {});
  }

  /** Like {@link #validate} but also returns the decoded events, in order. */
  public static List<CaptureEvent> decodeAll(ByteBuffer frames) throws SegmentCorruptionException {
    List<CaptureEvent> events = new ArrayList<>();
    scan(frames, events::add);
    return events;
  }

  private static int scan(ByteBuffer frames, Consumer<CaptureEvent> sink)
      throws SegmentCorruptionException {
    ByteBuffer view = frames.slice();
    byte[] array;
    int base;
    if (view.hasArray()) {
      array = view.array();
      base = view.arrayOffset();
    } else {
      array = new byte[view.remaining()];
      view.get(array);
      base = 0;
    }
    int end = base + frames.remaining();
    int at = base;
    int count = 0;
    while (at < end) {
      long offset = at - base;
      if (end - at < FRAME_HEADER_BYTES) {
        throw new SegmentCorruptionException(
            offset,
            SegmentDamage.Kind.TORN_TAIL,
            "range ends " + (end - at) + " bytes into a frame header");
      }
      int length = readInt(array, at);
      try {
        checkLength(length);
        if (end - at - FRAME_HEADER_BYTES < length) {
          Overrun overrun = frameRunsPastEnd(array, at, end, length);
          throw new SegmentCorruptionException(
              offset, overrun.kind(), "range " + overrun.message());
        }
        sink.accept(checkPayload(array, at + FRAME_HEADER_BYTES, length, readInt(array, at + 4)));
      } catch (BadFrame bad) {
        throw new SegmentCorruptionException(offset, SegmentDamage.Kind.CORRUPT, bad.getMessage());
      }
      at += FRAME_HEADER_BYTES + length;
      count++;
    }
    return count;
  }

  // ---- shared by writer, reader and validator ----

  /** Serialized size of the event, rejected if it cannot become a frame. */
  static int checkedPayloadSize(CaptureEvent event) {
    int size = event.getSerializedSize();
    if (size == 0) {
      throw new IllegalArgumentException("an empty CaptureEvent cannot be written");
    }
    if (size > MAX_PAYLOAD_BYTES) {
      throw new IllegalArgumentException(
          "CaptureEvent of " + size + " bytes exceeds the frame limit of " + MAX_PAYLOAD_BYTES);
    }
    return size;
  }

  /** Writes the frame of {@code event} (whose payload is {@code payloadBytes} long) at offset. */
  static void encodeInto(CaptureEvent event, int payloadBytes, byte[] target, int offset) {
    int payloadAt = offset + FRAME_HEADER_BYTES;
    try {
      CodedOutputStream out = CodedOutputStream.newInstance(target, payloadAt, payloadBytes);
      event.writeTo(out);
      out.checkNoSpaceLeft();
    } catch (IOException e) {
      throw new UncheckedIOException("protobuf encoding into an array failed", e);
    }
    INT_BE.set(target, offset, payloadBytes);
    INT_BE.set(target, offset + 4, crc32c(target, payloadAt, payloadBytes));
  }

  static int readInt(byte[] bytes, int offset) {
    return (int) INT_BE.get(bytes, offset);
  }

  /** Rejects a length field that no writer could have produced. */
  static void checkLength(int length) throws BadFrame {
    if (length == 0) {
      throw new BadFrame("frame length 0 (zero-filled or overwritten bytes)");
    }
    if (length < 0 || length > MAX_PAYLOAD_BYTES) {
      throw new BadFrame(
          "impossible frame length "
              + Integer.toUnsignedLong(length)
              + " (limit "
              + MAX_PAYLOAD_BYTES
              + ")");
    }
  }

  /** Longest frame {@link #findFrame} looks for: real events are far smaller than the limit. */
  private static final int PROBE_MAX_PAYLOAD = 64 * 1024;

  /** Why a frame ran past the end of the bytes: a torn tail, or corruption of its length. */
  record Overrun(SegmentDamage.Kind kind, String message) {}

  /**
   * Explains a frame at {@code at} whose {@code length} needs more bytes than there are before
   * {@code end}. Usually the writer was cut short (a torn tail), but a damaged length field in the
   * middle of a file looks the same; a good frame further on tells them apart, and keeps crash
   * recovery from cutting good frames off behind a damaged length.
   */
  static Overrun frameRunsPastEnd(byte[] bytes, int at, int end, int length) {
    int present = Math.max(end - at - FRAME_HEADER_BYTES, 0);
    int later = findFrame(bytes, at + 1, end);
    if (later >= 0) {
      return new Overrun(
          SegmentDamage.Kind.CORRUPT,
          "frame length "
              + length
              + " runs past the end ("
              + present
              + " bytes present), yet a good frame starts "
              + (later - at)
              + " bytes further on");
    }
    return new Overrun(
        SegmentDamage.Kind.TORN_TAIL,
        "ends inside a frame of " + length + " payload bytes (" + present + " present)");
  }

  /**
   * Offset of the first position in {@code [from, end)} where a complete frame of a plausible
   * length with a matching CRC starts, or -1.
   */
  static int findFrame(byte[] bytes, int from, int end) {
    for (int at = from; at + FRAME_HEADER_BYTES < end; at++) {
      int length = readInt(bytes, at);
      if (length > 0
          && length <= PROBE_MAX_PAYLOAD
          && length <= end - at - FRAME_HEADER_BYTES
          && crc32c(bytes, at + FRAME_HEADER_BYTES, length) == readInt(bytes, at + 4)) {
        return at;
      }
    }
    return -1;
  }

  /** Checks the CRC only: for forwarding frames without decoding them. */
  static void checkCrc(byte[] bytes, int payloadAt, int length, int expectedCrc) throws BadFrame {
    int actual = crc32c(bytes, payloadAt, length);
    if (actual != expectedCrc) {
      throw new BadFrame(
          "CRC32C mismatch: frame says "
              + Integer.toHexString(expectedCrc)
              + ", payload has "
              + Integer.toHexString(actual));
    }
  }

  /** Checks the CRC and decodes the payload. */
  static CaptureEvent checkPayload(byte[] bytes, int payloadAt, int length, int expectedCrc)
      throws BadFrame {
    checkCrc(bytes, payloadAt, length, expectedCrc);
    try {
      return CaptureEvent.parseFrom(CodedInputStream.newInstance(bytes, payloadAt, length));
    } catch (
        IOException e) { // InvalidProtocolBufferException: reading an array cannot fail otherwise
      throw new BadFrame("payload is not a CaptureEvent: " + e.getMessage());
    }
  }

  static int crc32c(byte[] bytes, int offset, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }

  /** A frame that fails a check; cheap (no stack trace) because readers stop at the first one. */
  static final class BadFrame extends Exception {
    BadFrame(String message) {
      super(message, null, false, false);
    }
  }
}
