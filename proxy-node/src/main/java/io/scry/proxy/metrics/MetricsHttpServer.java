package io.scry.proxy.metrics;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.scry.proxy.ProxyMetrics;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Serves {@code GET /metrics} (Prometheus text format); every other path is a 404. */
public final class MetricsHttpServer implements AutoCloseable {

  private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final Channel channel;

  private MetricsHttpServer(Channel channel) {
    this.channel = channel;
  }

  /** Binds {@code address} on {@code group}; returns once listening. */
  public static MetricsHttpServer start(
      InetSocketAddress address,
      EventLoopGroup group,
      Class<? extends ServerSocketChannel> channelType,
      ProxyMetrics metrics)
      throws IOException {
    try {
      Channel channel =
          new ServerBootstrap()
              .group(group)
              .channel(channelType)
              .childHandler(
                  new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                      ch.pipeline()
                          .addLast(new HttpServerCodec())
                          .addLast(new HttpObjectAggregator(8192))
                          .addLast(new MetricsHandler(metrics));
                    }
                  })
              .bind(address)
              .sync()
              .channel();
      return new MetricsHttpServer(channel);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while binding the metrics endpoint", e);
    } catch (RuntimeException e) {
      throw new IOException("could not serve metrics on " + address + ": " + e.getMessage(), e);
    }
  }

  public InetSocketAddress localAddress() {
    return (InetSocketAddress) channel.localAddress();
  }

  @Override
  public void close() {
    channel.close().syncUninterruptibly();
  }

  private static final class MetricsHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final ProxyMetrics metrics;

    MetricsHandler(ProxyMetrics metrics) {
      this.metrics = metrics;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
      boolean found =
          request.method().equals(HttpMethod.GET)
              && new QueryStringDecoder(request.uri()).path().equals("/metrics");
      ByteBuf body =
          Unpooled.copiedBuffer(
              found ? metrics.prometheusText() : "not found: GET /metrics\n",
              StandardCharsets.UTF_8);
      FullHttpResponse response =
          new DefaultFullHttpResponse(
              HttpVersion.HTTP_1_1,
              found ? HttpResponseStatus.OK : HttpResponseStatus.NOT_FOUND,
              body);
      response.headers().set(HttpHeaderNames.CONTENT_TYPE, CONTENT_TYPE);
      HttpUtil.setContentLength(response, body.readableBytes());
      boolean keepAlive = HttpUtil.isKeepAlive(request);
      HttpUtil.setKeepAlive(response, keepAlive);
      var future = ctx.writeAndFlush(response);
      if (!keepAlive) {
        future.addListener(ChannelFutureListener.CLOSE);
      }
    }
  }
}
