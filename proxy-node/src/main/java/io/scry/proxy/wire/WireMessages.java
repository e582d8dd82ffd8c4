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
    return error(alloc, "FATAL", sqlstate, message);
  }

  private static ByteBuf error(
      ByteBufAllocator alloc, String severity, String sqlstate, String message) {
    ByteBuf buf = alloc.buffer();
    buf.writeByte(MessageTypes.Backend.ERROR_RESPONSE).writeInt(0);
    writeField(buf, 'S', severity);
    writeField(buf, 'V', severity);
    writeField(buf, 'C', sqlstate);
    writeField(buf, 'M', message);
    buf.writeByte(0);
    buf.setInt(1, buf.writerIndex() - 1);
    return buf;
  }

  /**
   * PostgreSQL's answer to a StartupMessage of another major protocol version: FATAL 0A000 in the
   * format the client asked for. PostgreSQL sets the reply format to the requested version (capped
   * at the latest it speaks), so a client asking for 1.x or 2.x gets the pre-3.0 ErrorResponse
   * ({@code 'E'} and a NUL-terminated text, no length word), any other client a 3.0 one. The range
   * is the one PostgreSQL 14 to 17 report; the proxy forwards any 3.x minor version upstream.
   */
  public static ByteBuf unsupportedProtocol(ByteBufAllocator alloc, int major, int minor) {
    String message =
        "unsupported frontend protocol " + major + "." + minor + ": server supports 3.0 to 3.0";
    if (major >= 3) {
      return error(alloc, "FATAL", SqlStates.FEATURE_NOT_SUPPORTED, message);
    }
    ByteBuf buf = alloc.buffer();
    buf.writeByte(MessageTypes.Backend.ERROR_RESPONSE);
    buf.writeCharSequence("FATAL:  " + message + "\n", StandardCharsets.UTF_8);
    buf.writeByte(0);
    return buf;
  }

  private static void writeField(ByteBuf buf, char code, String value) {
    buf.writeByte(code);
    buf.writeCharSequence(value, StandardCharsets.UTF_8);
    buf.writeByte(0);
  }
}
