package io.scry.protocol.segment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The header at the start of every segment file.
 *
 * <pre>
 * +----------+---------+-----------+--------------+-----------------+----------------+
 * | magic    | version | id length | proxy id     | created at      | header CRC32C  |
 * | 8 bytes  | u16 = 1 | u16       | UTF-8 bytes  | i64 unix nanos  | u32, of all    |
 * | SCRYSEG\n|         | 1 .. 255  | (id length)  |                 | bytes before   |
 * +----------+---------+-----------+--------------+-----------------+----------------+
 * |&lt;------------------------ 24 + id length bytes, big-endian ----------------------&gt;|
 * </pre>
 *
 * @param proxyId the proxy that wrote the segment
 * @param createdUnixNanos when the writer created the segment
 */
public record SegmentHeader(String proxyId, long createdUnixNanos) {

  /** The format version this code writes and reads. */
  public static final int FORMAT_VERSION = 1;

  static final byte[] MAGIC = "SCRYSEG\n".getBytes(StandardCharsets.US_ASCII);

  /** Bytes before the proxy id: magic, version, id length. */
  static final int PREFIX_BYTES = MAGIC.length + 4;

  /** Bytes after the proxy id: creation time and CRC. */
  static final int SUFFIX_BYTES = 12;

  static final int MAX_PROXY_ID_BYTES = 255;

  public SegmentHeader {
    SegmentFileName.checkProxyId(proxyId);
  }

  /** Length of this header in the file; the first frame starts here. */
  public int length() {
    return PREFIX_BYTES + proxyId.getBytes(StandardCharsets.UTF_8).length + SUFFIX_BYTES;
  }

  /**
   * Parses the header at the start of {@code bytes} (from its position; the position is not
   * changed), e.g. the first chunk of a shipped segment.
   *
   * @return the header, or empty if the bytes end inside it
   * @throws IOException if the bytes do not start with a segment header this code can read
   */
  public static Optional<SegmentHeader> parse(ByteBuffer bytes) throws IOException {
    byte[] prefix = new byte[Math.min(bytes.remaining(), PREFIX_BYTES)];
    bytes.duplicate().get(prefix);
    int length = checkPrefix(prefix, prefix.length, "shipped bytes");
    if (length < 0 || bytes.remaining() < length) {
      return Optional.empty();
    }
    byte[] header = new byte[length];
    bytes.duplicate().get(header);
    return Optional.of(decode(header, length, "shipped bytes"));
  }

  byte[] encode() {
    byte[] id = proxyId.getBytes(StandardCharsets.UTF_8);
    ByteBuffer out = ByteBuffer.allocate(PREFIX_BYTES + id.length + SUFFIX_BYTES);
    out.put(MAGIC).putShort((short) FORMAT_VERSION).putShort((short) id.length).put(id);
    out.putLong(createdUnixNanos);
    out.putInt(SegmentFrames.crc32c(out.array(), 0, out.position()));
    return out.array();
  }

  /**
   * Checks the fixed prefix (magic, version, id length) that starts {@code bytes}.
   *
   * @return the full header length announced by the prefix
   * @throws IOException naming {@code file} if this is not a segment this code can read
   */
  static int checkPrefix(byte[] bytes, int available, Object file) throws IOException {
    int magicBytes = Math.min(available, MAGIC.length);
    if (!Arrays.equals(bytes, 0, magicBytes, MAGIC, 0, magicBytes)) {
      throw new IOException("not a capture segment (bad magic bytes): " + file);
    }
    if (available < PREFIX_BYTES) {
      return -1;
    }
    int version = Short.toUnsignedInt(ByteBuffer.wrap(bytes, MAGIC.length, 2).getShort());
    if (version != FORMAT_VERSION) {
      throw new IOException(
          "unsupported capture segment format version "
              + version
              + " (this build reads "
              + FORMAT_VERSION
              + "): "
              + file);
    }
    int idBytes = Short.toUnsignedInt(ByteBuffer.wrap(bytes, MAGIC.length + 2, 2).getShort());
    if (idBytes == 0 || idBytes > MAX_PROXY_ID_BYTES) {
      throw new IOException(
          "bad capture segment header (proxy id length " + idBytes + "): " + file);
    }
    return PREFIX_BYTES + idBytes + SUFFIX_BYTES;
  }

  /** Decodes a complete header of {@code length} bytes whose prefix passed {@link #checkPrefix}. */
  static SegmentHeader decode(byte[] bytes, int length, Object file) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    int crcAt = length - 4;
    if (SegmentFrames.crc32c(bytes, 0, crcAt) != in.getInt(crcAt)) {
      throw new IOException("bad capture segment header (CRC32C mismatch): " + file);
    }
    int idBytes = length - PREFIX_BYTES - SUFFIX_BYTES;
    String proxyId = new String(bytes, PREFIX_BYTES, idBytes, StandardCharsets.UTF_8);
    long created = in.getLong(PREFIX_BYTES + idBytes);
    try {
      return new SegmentHeader(proxyId, created);
    } catch (IllegalArgumentException e) {
      throw new IOException("bad capture segment header (" + e.getMessage() + "): " + file, e);
    }
  }
}
