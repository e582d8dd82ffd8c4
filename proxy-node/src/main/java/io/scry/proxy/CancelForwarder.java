package io.scry.proxy;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.scry.proxy.wire.CancelRequestPacket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards a CancelRequest received on a new client connection to the upstream, on a new upstream
 * connection, but only if its key belongs to one of this proxy's sessions (learned from their
 * BackendKeyData). Like PostgreSQL, nothing is ever answered: the client connection is closed.
 */
final class CancelForwarder {

  private static final Logger log = LoggerFactory.getLogger(CancelForwarder.class);

  private CancelForwarder() {}

  static void forward(ProxyContext context, Channel client, CancelRequestPacket packet) {
    ProxySession owner = context.sessionsByKey.get(packet.key());
    ByteBuf raw = packet.content();
    client.close();
    if (owner == null) {
      log.debug("CancelRequest for an unknown key {} ignored", packet.key());
      raw.release();
      return;
    }
    owner.cancelRequested();
    new Bootstrap()
        .group(client.eventLoop())
        .channel(context.transport.channel())
        .handler(new ChannelInboundHandlerAdapter())
        .connect(context.config.upstreamHost(), context.config.upstreamPort())
        .addListener(
            (ChannelFutureListener)
                future -> {
                  if (future.isSuccess()) {
                    future.channel().writeAndFlush(raw).addListener(ChannelFutureListener.CLOSE);
                  } else {
                    raw.release();
                    log.warn("could not forward a CancelRequest: {}", future.cause().toString());
                  }
                });
  }
}
