package io.scry.coordinator.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.scry.protocol.security.IngestHandshake;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The authenticator alone, on an {@link EmbeddedChannel}: what it writes, passes on and closes. */
class IngestAuthenticatorUnitTests {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Test
  void theRightAnswerPassesWhatFollowsItOnAndRemovesTheAuthenticator() {
    EmbeddedChannel channel = answeredWith("s3cret");

    assertArrayEquals(new byte[] {IngestHandshake.ACCEPTED}, readBytes(channel.readOutbound()));
    assertArrayEquals(new byte[] {1, 2, 3}, readBytes(channel.readInbound()));
    assertNull(channel.pipeline().get(IngestAuthenticator.class));
    assertTrue(channel.isOpen());
    channel.advanceTimeBy(TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
    channel.runScheduledPendingTasks();
    assertTrue(channel.isOpen(), "an accepted shipper is never timed out");
    assertFalse(channel.finish());
  }

  @Test
  void aWrongAnswerIsRefusedAndNothingReachesTheNextHandler() {
    EmbeddedChannel channel = answeredWith("guess");

    assertArrayEquals(new byte[] {IngestHandshake.REFUSED}, readBytes(channel.readOutbound()));
    assertNull(channel.readInbound());
    assertFalse(channel.isOpen());
  }

  @Test
  void aSilentPeerIsClosedAfterTheTimeout() {
    EmbeddedChannel channel = channel("s3cret");
    readBytes(channel.readOutbound());
    channel.writeInbound(Unpooled.wrappedBuffer(new byte[IngestHandshake.ANSWER_BYTES - 1]));

    channel.advanceTimeBy(TIMEOUT.toMillis() - 1, TimeUnit.MILLISECONDS);
    channel.runScheduledPendingTasks();
    assertTrue(channel.isOpen(), "still within the timeout");
    channel.advanceTimeBy(1, TimeUnit.MILLISECONDS);
    channel.runScheduledPendingTasks();

    assertArrayEquals(new byte[] {IngestHandshake.REFUSED}, readBytes(channel.readOutbound()));
    assertFalse(channel.isOpen());
    assertNull(channel.readInbound());
  }

  /**
   * A channel of a server whose secret is {@code s3cret}, whose peer answered the challenge with
   * {@code answerSecret} and sent the bytes 1, 2, 3 right behind the answer, as a shipper does.
   */
  private static EmbeddedChannel answeredWith(String answerSecret) {
    EmbeddedChannel channel = channel("s3cret");
    byte[] challenge = readBytes(channel.readOutbound());
    channel.writeInbound(
        Unpooled.wrappedBuffer(
            IngestHandshake.answer(challenge, answerSecret), new byte[] {1, 2, 3}));
    return channel;
  }

  /** A channel that becomes active, with the authenticator, once its clock is frozen. */
  private static EmbeddedChannel channel(String secret) {
    EmbeddedChannel channel =
        new EmbeddedChannel(false, false, new IngestAuthenticator(secret, TIMEOUT));
    channel.freezeTime();
    try {
      channel.register();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return channel;
  }

  /** The buffer's bytes; the buffer is released. */
  private static byte[] readBytes(ByteBuf buffer) {
    try {
      return ByteBufUtil.getBytes(buffer);
    } finally {
      buffer.release();
    }
  }
}
