package io.scry.proxy;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import io.scry.proxy.wire.CancelRequestPacket;
import io.scry.proxy.wire.SqlStates;
import io.scry.proxy.wire.StartupPacket;
import io.scry.proxy.wire.WireMessages;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a new client connection becomes a session, the way PostgreSQL's postmaster and
 * {@code BackendInitialize} do, then removes itself:
 *
 * <ul>
 *   <li><b>Startup timeout</b>: a connection that has not sent its StartupMessage (or
 *       CancelRequest) within the timeout, TLS negotiation included, is closed without a reply
 *       (PostgreSQL's {@code authentication_timeout} ends the backend with {@code _exit(1)}).
 *   <li><b>Too many clients</b>: a connection accepted beyond the limit still negotiates TLS and
 *       may send a CancelRequest; its StartupMessage is answered FATAL 53300 "sorry, too many
 *       clients already" and only that connection is closed (PostgreSQL decides at accept time and
 *       reports it once the startup packet has been read).
 * </ul>
 *
 * It sits right behind the {@link io.scry.proxy.wire.StartupDecoder}, so it sees the decoded
 * start-up packets and nothing else.
 */
final class ClientAdmission extends ChannelInboundHandlerAdapter {

  private static final Logger log = LoggerFactory.getLogger(ClientAdmission.class);
  static final String TOO_MANY_CLIENTS = "sorry, too many clients already";

  private final Duration startupTimeout;
  private final boolean overLimit;
  private final ProxyMetrics metrics;
  private ScheduledFuture<?> timeout;
  private boolean refused;

  /**
   * @param overLimit whether the connection was accepted while the proxy held its maximum
   */
  ClientAdmission(Duration startupTimeout, boolean overLimit, ProxyMetrics metrics) {
    this.startupTimeout = startupTimeout;
    this.overLimit = overLimit;
    this.metrics = metrics;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    timeout =
        ctx.executor()
            .schedule(
                () -> {
                  log.info(
                      "connection from {} closed: no startup packet within {}",
                      ctx.channel().remoteAddress(),
                      startupTimeout);
                  ctx.close();
                },
                startupTimeout.toNanos(),
                TimeUnit.NANOSECONDS);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (refused) {
      ReferenceCountUtil.release(msg); // bytes the client pipelined behind its StartupMessage
      return;
    }
    if (msg instanceof StartupPacket && overLimit) {
      ReferenceCountUtil.release(msg);
      refused = true;
      stopTimer();
      metrics.connectionRefused();
      log.warn(
          "connection from {} refused: {} (max connections)",
          ctx.channel().remoteAddress(),
          TOO_MANY_CLIENTS);
      ctx.writeAndFlush(
              WireMessages.fatalError(
                  ctx.alloc(), SqlStates.TOO_MANY_CONNECTIONS, TOO_MANY_CLIENTS))
          .addListener(ChannelFutureListener.CLOSE);
      return;
    }
    if (msg instanceof StartupPacket || msg instanceof CancelRequestPacket) {
      stopTimer();
      ctx.pipeline().remove(this);
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    stopTimer();
    ctx.fireChannelInactive();
  }

  private void stopTimer() {
    if (timeout != null) {
      timeout.cancel(false);
      timeout = null;
    }
  }
}
