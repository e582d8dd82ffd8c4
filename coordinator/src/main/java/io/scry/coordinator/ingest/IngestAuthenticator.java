package io.scry.coordinator.ingest;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.util.concurrent.ScheduledFuture;
import io.scry.protocol.security.IngestHandshake;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First handler of an ingest connection: sends the {@link IngestHandshake} challenge and reads the
 * shipper's answer before anything else. Until the answer is verified no byte reaches the frame
 * decoder, so an unauthenticated peer can neither inject a capture nor make the coordinator buffer
 * a large frame. Accepted: the handler removes itself and hands on whatever followed the answer.
 * Refused, or silent for {@link #TIMEOUT}: the connection is closed.
 */
final class IngestAuthenticator extends ByteToMessageDecoder {

  private static final Logger log = LoggerFactory.getLogger(IngestAuthenticator.class);

  /** A shipper answers at once; a peer that does not is not one. */
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final String secret;
  private final Duration timeout;
  private byte[] challenge;
  private ScheduledFuture<?> silence;
  private boolean refused;

  /**
   * @param secret the ingest secret, or null to accept any answer (a coordinator started with
   *     {@code --insecure})
   */
  IngestAuthenticator(String secret) {
    this(secret, TIMEOUT);
  }

  IngestAuthenticator(String secret, Duration timeout) {
    this.secret = secret;
    this.timeout = timeout;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    challenge = IngestHandshake.challenge();
    ctx.writeAndFlush(Unpooled.wrappedBuffer(challenge));
    silence =
        ctx.executor()
            .schedule(
                () -> refuse(ctx, "no answer to the ingest challenge within " + timeout),
                timeout.toMillis(),
                TimeUnit.MILLISECONDS);
    super.channelActive(ctx);
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (refused) {
      in.skipBytes(in.readableBytes());
      return;
    }
    if (in.readableBytes() < IngestHandshake.ANSWER_BYTES) {
      return;
    }
    byte[] answer = new byte[IngestHandshake.ANSWER_BYTES];
    in.readBytes(answer);
    silence.cancel(false);
    if (secret != null && !IngestHandshake.verify(challenge, answer, secret)) {
      in.skipBytes(in.readableBytes());
      refuse(ctx, "wrong ingest secret");
      return;
    }
    ctx.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {IngestHandshake.ACCEPTED}));
    // Removing a ByteToMessageDecoder passes the bytes it still holds to the next handler.
    ctx.pipeline().remove(this);
  }

  @Override
  protected void handlerRemoved0(ChannelHandlerContext ctx) {
    if (silence != null) {
      silence.cancel(false);
    }
  }

  private void refuse(ChannelHandlerContext ctx, String why) {
    if (refused) {
      return;
    }
    refused = true;
    log.warn("ingest connection from {} refused: {}", ctx.channel().remoteAddress(), why);
    ctx.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {IngestHandshake.REFUSED}))
        .addListener(ChannelFutureListener.CLOSE);
  }
}
