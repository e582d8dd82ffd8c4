package io.scry.proxy.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 *
 * Refusals follow PostgreSQL's {@code ProcessStartupPacket} (backend_startup.c): a length outside 8
 * .. 10,004 bytes or a CancelRequest of the wrong size is only logged and the connection closed
 * without a reply (PostgreSQL reports these as COMMERROR, which never reaches the client); another
 * major protocol version gets FATAL 0A000 "unsupported frontend protocol", in the pre-3.0 message
 * format when the client asked for a version below 3 (the only format such a client can read).
 */
public final class StartupDecoder extends ByteToMessageDecoder {

  static final int SSL_REQUEST = 80877103;
  static final int GSSENC_REQUEST = 80877104;
  static final int CANCEL_REQUEST = 80877102;

  /** PostgreSQL's own limit (MAX_STARTUP_PACKET_LENGTH), on the packet after its length word. */
  static final int MAX_STARTUP_PACKET_LENGTH = 10_000;

  /** Length word plus the PostgreSQL 17 CancelRequestPacket (code, process id, secret key). */
  static final int CANCEL_REQUEST_LENGTH = 16;

  private static final Logger log = LoggerFactory.getLogger(StartupDecoder.class);

  private static final byte[] REFUSE = {'N'};
  private static final byte[] ACCEPT = {'S'};

  private final SslContext sslContext;
  private boolean refused;

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
    if (refused) {
      in.skipBytes(in.readableBytes());
      return;
    }
    if (in.readableBytes() < 4) {
      return;
    }
    int start = in.readerIndex();
    int length = in.getInt(start);
    if (length < 8 || length - 4 > MAX_STARTUP_PACKET_LENGTH) {
      refuse(ctx, in, null, "invalid length of startup packet: " + length);
      return;
    }
    if (in.readableBytes() < 8) {
      return;
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
        if (length != CANCEL_REQUEST_LENGTH) {
          refuse(ctx, in, null, "invalid length of startup packet: CancelRequest of " + length);
          return;
        }
        CancelKey key = CancelKey.read(in.slice(start + 8, length - 8));
        out.add(new CancelRequestPacket(in.readRetainedSlice(length), key));
        ctx.pipeline().remove(this);
      }
      default -> {
        if (code >>> 16 != 3) {
          refuse(
              ctx,
              in,
              WireMessages.unsupportedProtocol(ctx.alloc(), code >>> 16, code & 0xffff),
              "unsupported frontend protocol " + (code >>> 16) + "." + (code & 0xffff));
          return;
        }
        Map<String, String> parameters = readParameters(in, start + 8, start + length);
        boolean tls = ctx.pipeline().get(SslHandler.class) != null;
        out.add(new StartupPacket(in.readRetainedSlice(length), code, parameters, tls));
        ctx.pipeline().remove(this);
      }
    }
  }

  /**
   * Ends the connection before it became a session: sends {@code reply} (if any), closes, and
   * ignores whatever else arrives.
   */
  private void refuse(ChannelHandlerContext ctx, ByteBuf in, ByteBuf reply, String reason) {
    refused = true;
    in.skipBytes(in.readableBytes());
    log.info("connection from {} refused: {}", ctx.channel().remoteAddress(), reason);
    if (reply == null) {
      ctx.close();
    } else {
      ctx.writeAndFlush(reply).addListener(ChannelFutureListener.CLOSE);
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
