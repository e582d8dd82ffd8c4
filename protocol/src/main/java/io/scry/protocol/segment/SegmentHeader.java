package io.scry.protocol.segment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The header at the start of every segment file. Version 2 (written since spools have an identity)
 * adds the spool id after the proxy id; version 1 headers are still read, as spool {@link
 * SpoolId#LEGACY}.
 *
 * <pre>
 * version 2: 40 + id length bytes, big-endian
 * +----------+---------+-----------+-------------+-------------+----------------+---------------+
 * | magic    | version | id length | proxy id    | spool id    | created at     | header CRC32C |
 * | 8 bytes  | u16 = 2 | u16       | UTF-8 bytes | UUID, 16    | i64 unix nanos | u32, of all   |
 * | SCRYSEG\n|         | 1 .. 255  | (id length) | bytes       |                | bytes before  |
 * +----------+---------+-----------+-------------+-------------+----------------+---------------+
 *
 * version 1: 24 + id length bytes, the same without the spool id
 * +----------+---------+-----------+-------------+----------------+---------------+
 * | magic    | u16 = 1 | id length | proxy id    | created at     | header CRC32C |
 * +----------+---------+-----------+-------------+----------------+---------------+
 * </pre>
 *
 * @param proxyId the proxy that wrote the segment
 * @param spool the capture directory it was written in; {@link SpoolId#LEGACY} for a version 1
 *     header (and a legacy header is what such a header encodes to)
 * @param createdUnixNanos when the writer created the segment
 */
public record SegmentHeader(String proxyId, SpoolId spool, long createdUnixNanos) {

  /** The format version this code writes; it also reads {@link #LEGACY_FORMAT_VERSION}. */
  public static final int FORMAT_VERSION = 2;

  /** The version of headers without a spool id. */
  public static final int LEGACY_FORMAT_VERSION = 1;

  static final byte[] MAGIC = "SCRYSEG\n".getBytes(StandardCharsets.US_ASCII);

  /** Bytes before the proxy id: magic, version, id length. */
  static final int PREFIX_BYTES = MAGIC.length + 4;

  /** Bytes after the proxy id in a version 1 header: creation time and CRC. */
  static final int SUFFIX_BYTES = 12;

  static final int SPOOL_ID_BYTES = 16;

  static final int MAX_PROXY_ID_BYTES = 255;

  public SegmentHeader {
    SegmentFileName.checkProxyId(proxyId);
    Objects.requireNonNull(spool, "spool");
  }

  /** Length of this header in the file; the first frame starts here. */
  public int length() {
    return length(version(), proxyId.getBytes(StandardCharsets.UTF_8).length);
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

  /**
   * The header's CRC32C, as stored at its end. It covers the proxy id, the spool id and the
   * creation time to the nanosecond, so two different segments that share a spool and a name (a
   * directory restored from a backup older than the store's copy) differ in it.
   */
  public int checksum() {
    byte[] encoded = encode();
    return ByteBuffer.wrap(encoded).getInt(encoded.length - 4);
  }

  byte[] encode() {
    byte[] id = proxyId.getBytes(StandardCharsets.UTF_8);
    ByteBuffer out = ByteBuffer.allocate(length(version(), id.length));
    out.put(MAGIC).putShort((short) version()).putShort((short) id.length).put(id);
    if (!spool.isLegacy()) {
      UUID uuid = spool.uuid();
      out.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    }
    out.putLong(createdUnixNanos);
    out.putInt(SegmentFrames.crc32c(out.array(), 0, out.position()));
    return out.array();
  }

  private int version() {
    return spool.isLegacy() ? LEGACY_FORMAT_VERSION : FORMAT_VERSION;
  }

  private static int length(int version, int idBytes) {
    return PREFIX_BYTES
        + idBytes
        + (version == LEGACY_FORMAT_VERSION ? 0 : SPOOL_ID_BYTES)
        + SUFFIX_BYTES;
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
    int version = versionOf(bytes);
    if (version != FORMAT_VERSION && version != LEGACY_FORMAT_VERSION) {
      throw new IOException(
          "unsupported capture segment format version "
              + version
              + " (this build reads "
              + LEGACY_FORMAT_VERSION
              + " and "
              + FORMAT_VERSION
              + "): "
              + file);
    }
    int idBytes = Short.toUnsignedInt(ByteBuffer.wrap(bytes, MAGIC.length + 2, 2).getShort());
    if (idBytes == 0 || idBytes > MAX_PROXY_ID_BYTES) {
      throw new IOException(
          "bad capture segment header (proxy id length " + idBytes + "): " + file);
    }
    return length(version, idBytes);
  }

  /** Decodes a complete header of {@code length} bytes whose prefix passed {@link #checkPrefix}. */
  static SegmentHeader decode(byte[] bytes, int length, Object file) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    int crcAt = length - 4;
    if (SegmentFrames.crc32c(bytes, 0, crcAt) != in.getInt(crcAt)) {
      throw new IOException("bad capture segment header (CRC32C mismatch): " + file);
    }
    boolean legacy = versionOf(bytes) == LEGACY_FORMAT_VERSION;
    int idBytes = length - PREFIX_BYTES - SUFFIX_BYTES - (legacy ? 0 : SPOOL_ID_BYTES);
    String proxyId = new String(bytes, PREFIX_BYTES, idBytes, StandardCharsets.UTF_8);
    int after = PREFIX_BYTES + idBytes;
    SpoolId spool =
        legacy ? SpoolId.LEGACY : SpoolId.of(new UUID(in.getLong(after), in.getLong(after + 8)));
    long created = in.getLong(crcAt - 8);
    try {
      return new SegmentHeader(proxyId, spool, created);
    } catch (IllegalArgumentException e) {
      throw new IOException("bad capture segment header (" + e.getMessage() + "): " + file, e);
    }
  }

  private static int versionOf(byte[] bytes) {
    return Short.toUnsignedInt(ByteBuffer.wrap(bytes, MAGIC.length, 2).getShort());
  }
}
