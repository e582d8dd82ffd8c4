package io.scry.proxy.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import java.util.List;
import javax.net.ssl.SSLParameters;

/**
 * Asks the upstream server for TLS before the StartupMessage is sent, then removes itself.
 *
 * <pre>
 * proxy -> server   [length=8][code=80877103]    SSLRequest
 * server -> proxy   'S'  -> replaced by an SslHandler; its handshake event says when to go on
 *                   'N'  -> {@link #PLAIN} event (or a {@link MalformedMessageException} if
 *                           TLS is required)
 * </pre>
 */
public final class UpstreamTlsNegotiator extends ByteToMessageDecoder {

  /** User event fired when the server refused TLS and plain text is acceptable. */
  public static final Object PLAIN = "upstream-plain";

  private final SslContext sslContext;
  private final boolean required;
  private final boolean verifyHostName;
  private final String host;
  private final int port;

  /**
   * @param required whether a server that refuses TLS ends the session
   * @param verifyHostName whether the server's certificate must name {@code host}
   */
  public UpstreamTlsNegotiator(
      SslContext sslContext, boolean required, boolean verifyHostName, String host, int port) {
    this.sslContext = sslContext;
    this.required = required;
    this.verifyHostName = verifyHostName;
    this.host = host;
    this.port = port;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    ByteBuf request = Unpooled.buffer(8).writeInt(8).writeInt(StartupDecoder.SSL_REQUEST);
    ctx.writeAndFlush(request);
    ctx.fireChannelActive();
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    byte answer = in.readByte();
    if (in.isReadable()) {
      in.skipBytes(in.readableBytes());
      // Bytes after the answer were not encrypted: they could come from a man in the middle.
      throw new MalformedMessageException("upstream sent unencrypted data after its TLS answer");
    }
    if (answer == 'S') {
      SslHandler tls = sslContext.newHandler(ctx.alloc(), host, port);
      if (verifyHostName) {
        // Set before the handler joins the pipeline: its handshake starts as it does.
        SSLParameters parameters = tls.engine().getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.engine().setSSLParameters(parameters);
      }
      ctx.pipeline().replace(this, "tls", tls);
    } else if (answer == 'N' && !required) {
      ctx.pipeline().remove(this);
      ctx.fireUserEventTriggered(PLAIN);
    } else {
      throw new MalformedMessageException(
          answer == 'N'
              ? "the upstream server refused TLS, which is required"
              : "unexpected answer to SSLRequest from upstream: " + answer);
    }
  }
}
