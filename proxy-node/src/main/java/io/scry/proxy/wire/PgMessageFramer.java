package io.scry.proxy.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Splits a PostgreSQL message stream (after start-up) into one {@link ByteBuf} per message, without
 * copying: every frame is a retained slice of the received bytes, type byte and length included, so
 * the next handlers can forward it byte for byte.
 *
 * <pre>
 * +------+--------+-----------------+
 * | type | length |      body       |
 * |  1   |   4    |   length - 4    |
 * +------+--------+-----------------+
 *          length counts itself but not the type byte
 * </pre>
 *
 * A length below 4 is a {@link MalformedMessageException}, one above the configured maximum a
 * {@link MessageTooLargeException}: the frame is never buffered, and the session is closed.
 */
public final class PgMessageFramer extends ByteToMessageDecoder {

  /** Bytes of the header: type and length. */
  public static final int HEADER_LENGTH = 5;

  private final int maxMessageLength;

  /**
   * @param maxMessageLength the largest accepted value of the length field
   */
  public PgMessageFramer(int maxMessageLength) {
    if (maxMessageLength < 4) {
      throw new IllegalArgumentException("maxMessageLength must be >= 4: " + maxMessageLength);
    }
    this.maxMessageLength = maxMessageLength;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    while (in.readableBytes() >= HEADER_LENGTH) {
      int start = in.readerIndex();
      int length = in.getInt(start + 1);
      if (length < 4 || length > maxMessageLength) {
        char type = (char) (in.getByte(start) & 0xff);
        in.skipBytes(in.readableBytes()); // the stream is lost; the session closes
        if (length > maxMessageLength) {
          throw new MessageTooLargeException(printable(type), length, maxMessageLength);
        }
        throw new MalformedMessageException(
            "message '" + printable(type) + "' has an invalid length " + length);
      }
      int frameLength = length + 1;
      if (in.readableBytes() < frameLength) {
        return;
      }
      out.add(in.retainedSlice(start, frameLength));
      in.skipBytes(frameLength);
    }
  }

  static String printable(char type) {
    return type >= 0x20 && type < 0x7f
        ? String.valueOf(type)
        : String.format("\\x%02x", (int) type);
  }
}
