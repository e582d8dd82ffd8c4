package io.scry.proxy.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.scry.proxy.wire.MessageTypes.Backend;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes channel-binding SASL mechanisms ({@code SCRAM-SHA-256-PLUS}) from the server's
 * AuthenticationSASL message, for a session whose client leg is plain while the upstream leg is
 * TLS. The server offers {@code -PLUS} because its own connection is encrypted; a client on a plain
 * connection must not see it (libpq refuses to log in: "server offered SCRAM-SHA-256-PLUS
 * authentication over a non-SSL connection"), and could not bind to the upstream's TLS channel
 * anyway. Without it the client sends the GS2 flag {@code n} ("no channel binding"), which the
 * server accepts.
 *
 * <pre>
 * AuthenticationSASL  'R' [len:4] [10:4] { mechanism\0 }* \0
 * </pre>
 *
 * This is the only message the proxy ever rewrites (length included); everything else passes
 * untouched. The filter removes itself at the end of authentication (AuthenticationOk or an
 * ErrorResponse).
 */
public final class ScramPlusFilter extends ChannelInboundHandlerAdapter {

  static final int AUTHENTICATION_OK = 0;
  static final int AUTHENTICATION_SASL = 10;
  private static final String CHANNEL_BINDING_SUFFIX = "-PLUS";

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof ByteBuf frame && frame.readableBytes() >= PgMessageFramer.HEADER_LENGTH) {
      byte type = frame.getByte(frame.readerIndex());
      if (type == Backend.AUTHENTICATION && frame.readableBytes() >= 9) {
        int code = frame.getInt(frame.readerIndex() + PgMessageFramer.HEADER_LENGTH);
        if (code == AUTHENTICATION_SASL) {
          msg = withoutChannelBinding(ctx, frame);
        } else if (code == AUTHENTICATION_OK) {
          ctx.pipeline().remove(this);
        }
      } else if (type == Backend.ERROR_RESPONSE) {
        ctx.pipeline().remove(this);
      }
    }
    ctx.fireChannelRead(msg);
  }

  /** The message without {@code -PLUS} mechanisms; the original if it offers none. */
  private static ByteBuf withoutChannelBinding(ChannelHandlerContext ctx, ByteBuf frame) {
    int end = frame.readerIndex() + frame.readableBytes();
    List<String> kept = new ArrayList<>();
    boolean removed = false;
    int index = frame.readerIndex() + 9;
    while (index < end) {
      int nul = frame.indexOf(index, end, (byte) 0);
      if (nul < 0 || nul == index) {
        break; // the terminating empty name (or a malformed list: leave it to the client)
      }
      String mechanism = frame.toString(index, nul - index, StandardCharsets.UTF_8);
      if (mechanism.endsWith(CHANNEL_BINDING_SUFFIX)) {
        removed = true;
      } else {
        kept.add(mechanism);
      }
      index = nul + 1;
    }
    if (!removed) {
      return frame;
    }
    ByteBuf rewritten = ctx.alloc().buffer(frame.readableBytes());
    rewritten.writeByte(Backend.AUTHENTICATION).writeInt(0).writeInt(AUTHENTICATION_SASL);
    for (String mechanism : kept) {
      rewritten.writeCharSequence(mechanism, StandardCharsets.UTF_8);
      rewritten.writeByte(0);
    }
    rewritten.writeByte(0);
    rewritten.setInt(1, rewritten.writerIndex() - 1);
    frame.release();
    return rewritten;
  }
}
