package io.scry.proxy.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;

/** Reading helpers for message bodies and the one message the proxy writes itself. */
public final class WireMessages {

  private WireMessages() {}

  /**
   * Reads a NUL-terminated UTF-8 string at the reader index and moves past it.
   *
   * @throws IndexOutOfBoundsException if the body has no terminating NUL (a malformed body)
   */
  public static String readCString(ByteBuf body) {
    int start = body.readerIndex();
    int end = body.indexOf(start, body.writerIndex(), (byte) 0);
    if (end < 0) {
      throw new IndexOutOfBoundsException("unterminated string");
    }
    String value = body.toString(start, end - start, StandardCharsets.UTF_8);
    body.readerIndex(end + 1);
    return value;
  }

  /**
   * An ErrorResponse with severity FATAL, for a client whose session the proxy ends itself.
   *
   * <pre>
   * 'E' [len:4] 'S' "FATAL\0" 'V' "FATAL\0" 'C' sqlstate\0 'M' message\0 \0
   * </pre>
   */
  public static ByteBuf fatalError(ByteBufAllocator alloc, String sqlstate, String message) {
    ByteBuf buf = alloc.buffer();
    buf.writeByte('E').writeInt(0);
    writeField(buf, 'S', "FATAL");
    writeField(buf, 'V', "FATAL");
    writeField(buf, 'C', sqlstate);
    writeField(buf, 'M', message);
    buf.writeByte(0);
    buf.setInt(1, buf.writerIndex() - 1);
    return buf;
  }

  private static void writeField(ByteBuf buf, char code, String value) {
    buf.writeByte(code);
    buf.writeCharSequence(value, StandardCharsets.UTF_8);
    buf.writeByte(0);
  }
}
