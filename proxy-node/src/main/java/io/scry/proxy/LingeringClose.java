package io.scry.proxy;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;
import io.netty.util.ReferenceCountUtil;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Closes a client's connection without losing the error the proxy has just written to it. A socket
 * closed while bytes the client sent are still unread is reset rather than closed, and the reset
 * can reach the client before the error does: the client then reports an I/O error (SQLSTATE 08006)
 * instead of the proxy's error, e.g. the 54000 of a message over {@code --max-message-size}, whose
 * rest is still on its way. So the output is shut down once the error is flushed (the client reads
 * the error, then the end of the stream), and what the client still sends is read and dropped until
 * it closes, for at most {@link #LINGER}.
 */
final class LingeringClose {
  /** How long a client may go on sending after its error before the connection is closed. */
  static final Duration LINGER = Duration.ofSeconds(2);

  private LingeringClose() {}

  static void afterFlush(Channel channel) {
    if (channel == null || !channel.isActive()) {
      return;
    }
    channel.pipeline().addFirst("linger-discard", new Discard());
    channel.config().setAutoRead(true);
    channel
        .writeAndFlush(Unpooled.EMPTY_BUFFER)
        .addListener(
            flushed -> {
              if (channel instanceof DuplexChannel duplex && flushed.isSuccess()) {
                duplex.shutdownOutput();
              }
              channel
                  .eventLoop()
                  .schedule(() -> channel.close(), LINGER.toMillis(), TimeUnit.MILLISECONDS);
            });
  }

  /**
   * Drops what the client sends after its error. Its end of the stream closes the connection at
   * once (Netty closes a channel whose input ended, half-closure not being allowed).
   */
  private static final class Discard extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      ReferenceCountUtil.release(msg);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }
}
