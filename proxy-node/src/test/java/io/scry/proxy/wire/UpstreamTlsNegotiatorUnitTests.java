package io.scry.proxy.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpstreamTlsNegotiatorUnitTests {

  static SslContext client() throws Exception {
    return SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build();
  }

  static EmbeddedChannel channel(boolean required, List<Object> events) throws Exception {
    return new EmbeddedChannel(
        new UpstreamTlsNegotiator(client(), required, false, "localhost", 5432),
        new ChannelInboundHandlerAdapter() {
          @Override
          public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            events.add(evt);
          }
        });
  }

  @Test
  void sendsAnSslRequestAndStartsTlsOnS() throws Exception {
    List<Object> events = new ArrayList<>();
    EmbeddedChannel channel = channel(true, events);
    ByteBuf request = channel.readOutbound();
    assertEquals(8, request.readInt());
    assertEquals(StartupDecoder.SSL_REQUEST, request.readInt());
    request.release();
    channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {'S'}));
    assertTrue(channel.pipeline().get(SslHandler.class) != null);
    assertNull(channel.pipeline().get(UpstreamTlsNegotiator.class));
    channel.finishAndReleaseAll();
  }

  @Test
  void continuesInPlainTextOnNWhenPreferred() throws Exception {
    List<Object> events = new ArrayList<>();
    EmbeddedChannel channel = channel(false, events);
    ((ByteBuf) channel.readOutbound()).release();
    channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {'N'}));
    assertEquals(List.of(UpstreamTlsNegotiator.PLAIN), events);
    assertNull(channel.pipeline().get(UpstreamTlsNegotiator.class));
    channel.finishAndReleaseAll();
  }

  @Test
  void refusalIsAnErrorWhenRequired() throws Exception {
    EmbeddedChannel channel = channel(true, new ArrayList<>());
    ((ByteBuf) channel.readOutbound()).release();
    DecoderException e =
        assertThrows(
            DecoderException.class,
            () -> channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {'N'})));
    assertTrue(e.getCause().getMessage().contains("refused TLS"));
    channel.finishAndReleaseAll();
  }

  @Test
  void plaintextAfterTheAnswerIsRejected() throws Exception {
    EmbeddedChannel channel = channel(false, new ArrayList<>());
    ((ByteBuf) channel.readOutbound()).release();
    assertThrows(
        DecoderException.class,
        () -> channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {'S', 'R', 0, 0})));
    channel.finishAndReleaseAll();
  }
}
