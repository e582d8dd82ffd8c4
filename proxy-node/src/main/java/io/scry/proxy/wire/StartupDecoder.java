package io.scry.proxy.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Handles the untyped packets a client sends before the message stream starts, then removes itself
 * (bytes already received move on to the next handler, the {@link PgMessageFramer}).
 *
 * <pre>
 * +--------+------+------------------+
 * | length | code |       rest       |
 * |   4    |  4   |    length - 8    |
 * +--------+------+------------------+
 *   code 80877103 SSLRequest    -> 'S' and TLS (when a certificate is configured), else 'N'
 *   code 80877104 GSSENCRequest -> 'N', then read the next packet
 *   code 80877102 CancelRequest -> fired as a {@link CancelRequestPacket}
 *   code 3.x      StartupMessage -> fired as a {@link StartupPacket}
 * </pre>
 */
public final class StartupDecoder extends ByteToMessageDecoder {

  static final int SSL_REQUEST = 80877103;
  static final int GSSENC_REQUEST = 80877104;
  static final int CANCEL_REQUEST = 80877102;

  /** PostgreSQL's own limit (MAX_STARTUP_PACKET_LENGTH). */
  static final int MAX_STARTUP_PACKET_LENGTH = 10_000;

  private static final byte[] REFUSE = {'N'};
  private static final byte[] ACCEPT = {'S'};

  private final SslContext sslContext;

  /**
   * @param sslContext server context for TLS terminated at the proxy, or {@code null} to refuse TLS
   */
  public StartupDecoder(SslContext sslContext) {
    this.sslContext = sslContext;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    try {
      decodePacket(ctx, in, out);
    } catch (MalformedMessageException e) {
      in.skipBytes(in.readableBytes()); // the stream is lost; the session closes
      throw e;
    }
  }

  private void decodePacket(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (in.readableBytes() < 8) {
      return;
    }
    int start = in.readerIndex();
    int length = in.getInt(start);
    if (length < 8 || length > MAX_STARTUP_PACKET_LENGTH) {
      throw new MalformedMessageException("invalid startup packet length " + length);
    }
    if (in.readableBytes() < length) {
      return;
    }
    int code = in.getInt(start + 4);
    switch (code) {
      case SSL_REQUEST -> negotiateTls(ctx, in, length);
      case GSSENC_REQUEST -> {
        in.skipBytes(length);
        ctx.writeAndFlush(Unpooled.wrappedBuffer(REFUSE));
      }
      case CANCEL_REQUEST -> {
        if (length < 12) {
          throw new MalformedMessageException("CancelRequest too short: " + length);
        }
        CancelKey key = CancelKey.read(in.slice(start + 8, length - 8));
        out.add(new CancelRequestPacket(in.readRetainedSlice(length), key));
        ctx.pipeline().remove(this);
      }
      default -> {
        if (code >>> 16 != 3) {
          throw new MalformedMessageException(
              "unsupported frontend protocol " + (code >>> 16) + "." + (code & 0xffff));
        }
        Map<String, String> parameters = readParameters(in, start + 8, start + length);
        boolean tls = ctx.pipeline().get(SslHandler.class) != null;
        out.add(new StartupPacket(in.readRetainedSlice(length), code, parameters, tls));
        ctx.pipeline().remove(this);
      }
    }
  }

  private void negotiateTls(ChannelHandlerContext ctx, ByteBuf in, int length) {
    in.skipBytes(length);
    if (in.isReadable()) {
      // Bytes sent after SSLRequest before our answer could be injected by a man in the middle.
      throw new MalformedMessageException("unencrypted data after SSLRequest");
    }
    boolean alreadyTls = ctx.pipeline().get(SslHandler.class) != null;
    if (sslContext == null || alreadyTls) {
      ctx.writeAndFlush(Unpooled.wrappedBuffer(REFUSE));
      return;
    }
    // The 'S' must leave in plain text, so TLS is added only after it has been written.
    ctx.writeAndFlush(Unpooled.wrappedBuffer(ACCEPT));
    ctx.pipeline().addFirst("tls", sslContext.newHandler(ctx.alloc()));
  }

  private static Map<String, String> readParameters(ByteBuf in, int from, int to) {
    Map<String, String> parameters = new LinkedHashMap<>();
    int index = from;
    while (index < to) {
      int nameEnd = in.indexOf(index, to, (byte) 0);
      if (nameEnd < 0) {
        throw new MalformedMessageException("unterminated startup parameter name");
      }
      if (nameEnd == index) {
        break; // the terminating empty name
      }
      int valueEnd = in.indexOf(nameEnd + 1, to, (byte) 0);
      if (valueEnd < 0) {
        throw new MalformedMessageException("unterminated startup parameter value");
      }
      parameters.put(
          in.toString(index, nameEnd - index, StandardCharsets.UTF_8),
          in.toString(nameEnd + 1, valueEnd - nameEnd - 1, StandardCharsets.UTF_8));
      index = valueEnd + 1;
    }
    return parameters;
  }
}
