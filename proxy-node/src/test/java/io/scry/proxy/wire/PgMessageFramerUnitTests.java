package io.scry.proxy.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PgMessageFramerUnitTests {

  @Test
  void splitsAStreamIntoWholeMessagesWhateverTheChunking() {
    ByteBuf stream =
        Frames.concat(
            Frames.query("SELECT 1"), Frames.sync(), Frames.execute("", 0), Frames.query("x"));
    byte[] bytes = ByteBufUtil.getBytes(stream);
    stream.release();
    for (int chunk = 1; chunk <= bytes.length; chunk++) {
      EmbeddedChannel channel = new EmbeddedChannel(new PgMessageFramer(1024));
      for (int offset = 0; offset < bytes.length; offset += chunk) {
        channel.writeInbound(
            Unpooled.wrappedBuffer(bytes, offset, Math.min(chunk, bytes.length - offset)));
      }
      List<String> types = new ArrayList<>();
      int total = 0;
      for (ByteBuf frame = channel.readInbound(); frame != null; frame = channel.readInbound()) {
        types.add(String.valueOf((char) frame.getByte(0)));
        total += frame.readableBytes();
        frame.release();
      }
      assertEquals(List.of("Q", "S", "E", "Q"), types, "chunk " + chunk);
      assertEquals(bytes.length, total);
      assertFalse(channel.finish());
    }
  }

  @Test
  void framesAreSlicesOfTheReceivedBufferNotCopies() {
    ByteBuf received = Frames.concat(Frames.sync(), Frames.sync());
    EmbeddedChannel channel = new EmbeddedChannel(new PgMessageFramer(1024));
    channel.writeInbound(received);
    ByteBuf first = channel.readInbound();
    ByteBuf second = channel.readInbound();
    assertTrue(first.unwrap() == received || first.unwrap() == received.unwrap(), "a slice");
    first.release();
    second.release();
    assertFalse(channel.finish());
    assertEquals(0, received.refCnt());
  }

  @Test
  void rejectsALengthBelowFour() {
    EmbeddedChannel channel = new EmbeddedChannel(new PgMessageFramer(1024));
    DecoderException e =
        assertThrows(
            DecoderException.class,
            () -> channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {'Q', 0, 0, 0, 3})));
    assertTrue(e.getCause() instanceof MalformedMessageException, e::toString);
    assertNull(channel.readInbound());
    channel.finishAndReleaseAll();
  }

  @Test
  void rejectsAnOversizedMessageBeforeBufferingIt() {
    EmbeddedChannel channel = new EmbeddedChannel(new PgMessageFramer(1024));
    ByteBuf header = Unpooled.buffer().writeByte('d').writeInt(1025);
    DecoderException e = assertThrows(DecoderException.class, () -> channel.writeInbound(header));
    assertTrue(e.getCause() instanceof MessageTooLargeException, e::toString);
    assertTrue(e.getCause().getMessage().contains("'d' of 1025 bytes"), e::toString);
    channel.finishAndReleaseAll();
  }
}
