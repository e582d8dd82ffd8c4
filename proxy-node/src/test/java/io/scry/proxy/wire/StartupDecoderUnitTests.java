package io.scry.proxy.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupDecoderUnitTests {

  static ByteBuf packet(int code, byte[] rest) {
    ByteBuf buf = Unpooled.buffer();
    buf.writeInt(8 + rest.length).writeInt(code).writeBytes(rest);
    return buf;
  }

  static ByteBuf startup(String... keyValues) {
    ByteBuf rest = Unpooled.buffer();
    for (String s : keyValues) {
      rest.writeCharSequence(s, StandardCharsets.UTF_8);
      rest.writeByte(0);
    }
    rest.writeByte(0);
    byte[] bytes = new byte[rest.readableBytes()];
    rest.readBytes(bytes);
    rest.release();
    return packet(196608, bytes);
  }

  /** Sends an encryption request of kind {@code requestCode} and checks that it is refused. */
  private static void assertAnswersNo(EmbeddedChannel channel, int requestCode) {
    channel.writeInbound(packet(requestCode, new byte[0]));
    ByteBuf answer = channel.readOutbound();
    assertEquals('N', answer.readByte());
    answer.release();
  }

  @Test
  void refusesTlsWithoutACertificateThenReadsTheStartupMessage() {
    EmbeddedChannel channel = new EmbeddedChannel(new StartupDecoder(null));
    assertAnswersNo(channel, StartupDecoder.SSL_REQUEST);
    channel.writeInbound(startup("user", "alice", "database", "shop"));
    StartupPacket packet = channel.readInbound();
    assertEquals(Map.of("user", "alice", "database", "shop"), packet.parameters());
    assertFalse(packet.tls());
    assertEquals(196608, packet.protocolVersion());
    assertEquals(packet.content().getInt(0), packet.content().readableBytes(), "raw packet kept");
    packet.release();
    assertNull(channel.pipeline().get(StartupDecoder.class), "removed itself");
    assertFalse(channel.finish());
  }

  @Test
  void answersNoToGssEncryptionAndWaitsForTheNextPacket() {
    EmbeddedChannel channel = new EmbeddedChannel(new StartupDecoder(null));
    assertAnswersNo(channel, StartupDecoder.GSSENC_REQUEST);
    assertNull(channel.readInbound());
    channel.writeInbound(startup("user", "bob"));
    StartupPacket packet = channel.readInbound();
    assertEquals("bob", packet.parameters().get("user"));
    packet.release();
    assertFalse(channel.finish());
  }

  @Test
  void bytesFollowingTheStartupMessageMoveOnUnchanged() {
    EmbeddedChannel channel = new EmbeddedChannel(new StartupDecoder(null));
    ByteBuf both = Frames.concat(startup("user", "carol"), Frames.sync());
    channel.writeInbound(both);
    StartupPacket packet = channel.readInbound();
    packet.release();
    ByteBuf rest = channel.readInbound();
    assertEquals('S', rest.getByte(rest.readerIndex()));
    assertEquals(5, rest.readableBytes());
    rest.release();
    assertFalse(channel.finish());
  }

  @Test
  void cancelRequestCarriesItsKey() {
    EmbeddedChannel channel = new EmbeddedChannel(new StartupDecoder(null));
    channel.writeInbound(
        packet(StartupDecoder.CANCEL_REQUEST, new byte[] {0, 0, 0, 7, 1, 2, 3, 4}));
    CancelRequestPacket packet = channel.readInbound();
    assertEquals(new CancelKey(7, "01020304"), packet.key());
    assertEquals(16, packet.content().readableBytes());
    packet.release();
    assertFalse(channel.finish());
  }

  @Test
  void plaintextSentRightAfterSslRequestIsRejected() {
    EmbeddedChannel channel = new EmbeddedChannel(new StartupDecoder(null));
    ByteBuf stuffed = Frames.concat(packet(StartupDecoder.SSL_REQUEST, new byte[0]), Frames.sync());
    DecoderException e = assertThrows(DecoderException.class, () -> channel.writeInbound(stuffed));
    assertTrue(e.getCause() instanceof MalformedMessageException);
    channel.finishAndReleaseAll();
  }

  @Test
  void anImpossibleLengthClosesWithoutAReplyLikePostgresql() {
    for (int length : new int[] {0, 7, 10_005, 1_000_000, -1}) {
      EmbeddedChannel channel = new EmbeddedChannel(new StartupDecoder(null));
      channel.writeInbound(Unpooled.buffer().writeInt(length)); // the length word is enough
      assertNull(channel.readOutbound(), "no reply to length " + length);
      assertFalse(channel.isOpen(), "closed on length " + length);
      assertFalse(channel.finishAndReleaseAll());
    }
    EmbeddedChannel largest = new EmbeddedChannel(new StartupDecoder(null));
    largest.writeInbound(Unpooled.buffer().writeInt(10_004).writeInt(196608));
    assertTrue(largest.isOpen(), "10,004 bytes is PostgreSQL's largest startup packet");
    largest.finishAndReleaseAll();
  }

  @Test
  void aCancelRequestOfTheWrongSizeClosesWithoutAReply() {
    EmbeddedChannel channel = new EmbeddedChannel(new StartupDecoder(null));
    channel.writeInbound(packet(StartupDecoder.CANCEL_REQUEST, new byte[] {0, 0, 0, 7}));
    assertNull(channel.readOutbound());
    assertNull(channel.readInbound());
    assertFalse(channel.isOpen());
    channel.finishAndReleaseAll();
  }

  @Test
  void anotherMajorProtocolVersionIsAnsweredInAFormatItsClientReads() {
    EmbeddedChannel v2 = new EmbeddedChannel(new StartupDecoder(null));
    v2.writeInbound(packet(0x20000, new byte[0]));
    ByteBuf old = v2.readOutbound();
    // Protocol 2: 'E' and a NUL-terminated text, no length word.
    assertEquals(
        "EFATAL:  unsupported frontend protocol 2.0: server supports 3.0 to 3.0\n\0",
        old.toString(StandardCharsets.UTF_8));
    old.release();
    assertFalse(v2.isOpen());
    v2.finishAndReleaseAll();

    EmbeddedChannel v4 = new EmbeddedChannel(new StartupDecoder(null));
    v4.writeInbound(packet(0x40001, new byte[0]));
    ByteBuf error = v4.readOutbound();
    assertEquals('E', error.readByte());
    int length = error.readInt();
    assertEquals(error.readableBytes(), length - 4);
    String fields = error.toString(StandardCharsets.UTF_8);
    assertTrue(fields.contains("C0A000\0"), fields);
    assertTrue(fields.contains("Munsupported frontend protocol 4.1: server supports 3.0 to 3.0\0"));
    error.release();
    assertFalse(v4.isOpen());
    v4.finishAndReleaseAll();
  }
}
