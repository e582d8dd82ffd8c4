package io.scry.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.atomic.LongAdder;

/**
 * Forwards every message of one direction, as received, to the peer channel: written as it comes,
 * flushed once per read batch. Back-pressure: while the channel this relay's direction writes into
 * is not writable (above its high watermark), reading from the other side stops, so a slow client
 * or server never makes the proxy buffer without bound.
 */
final class Relay extends ChannelInboundHandlerAdapter {

  private final Channel peer;
  private final LongAdder bytes;
  private final ProxyMetrics metrics;
  private long batchStartNanos = -1;

  Relay(Channel peer, LongAdder bytes, ProxyMetrics metrics) {
    this.peer = peer;
    this.bytes = bytes;
    this.metrics = metrics;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (batchStartNanos < 0) {
      batchStartNanos = System.nanoTime();
    }
    if (!peer.isActive()) {
      ReferenceCountUtil.release(msg);
      return;
    }
    if (msg instanceof ByteBuf buf) {
      bytes.add(buf.readableBytes());
    }
    peer.write(msg, peer.voidPromise());
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    peer.flush();
    if (batchStartNanos >= 0) {
      metrics.recordAddedLatency(System.nanoTime() - batchStartNanos);
      batchStartNanos = -1;
    }
    ctx.fireChannelReadComplete();
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    // This channel is written by the relay of the other direction, which reads from the peer.
    peer.config().setAutoRead(ctx.channel().isWritable());
    ctx.fireChannelWritabilityChanged();
  }
}
