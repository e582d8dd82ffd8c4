package io.scry.proxy.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScramPlusFilterUnitTests {

  /** AuthenticationSASL as PostgreSQL writes it. */
  static ByteBuf authenticationSasl(String... mechanisms) {
    ByteBuf buf = Unpooled.buffer();
    buf.writeByte('R').writeInt(0).writeInt(10);
    for (String mechanism : mechanisms) {
      buf.writeCharSequence(mechanism, StandardCharsets.UTF_8);
      buf.writeByte(0);
    }
    buf.writeByte(0);
    buf.setInt(1, buf.writerIndex() - 1);
    return buf;
  }

  static ByteBuf authentication(int code) {
    return Unpooled.buffer().writeByte('R').writeInt(8).writeInt(code);
  }

  @Test
  void removesTheChannelBindingMechanismAndFixesTheLength() {
    EmbeddedChannel channel = new EmbeddedChannel(new ScramPlusFilter());
    channel.writeInbound(authenticationSasl("SCRAM-SHA-256-PLUS", "SCRAM-SHA-256"));
    ByteBuf rewritten = channel.readInbound();
    ByteBuf expected = authenticationSasl("SCRAM-SHA-256");
    assertEquals(ByteBufUtil.hexDump(expected), ByteBufUtil.hexDump(rewritten));
    expected.release();
    rewritten.release();
    assertFalse(channel.finish());
  }

  @Test
  void everyOtherMessagePassesAsTheSameBufferAndTheFilterLeavesAfterAuthenticationOk() {
    EmbeddedChannel channel = new EmbeddedChannel(new ScramPlusFilter());
    ByteBuf onlyScram = authenticationSasl("SCRAM-SHA-256");
    channel.writeInbound(onlyScram);
    ByteBuf passed = channel.readInbound();
    assertSame(onlyScram, passed, "nothing to strip: forwarded untouched");
    passed.release();
    ByteBuf ok = authentication(0);
    channel.writeInbound(ok);
    ByteBuf okPassed = channel.readInbound();
    assertSame(ok, okPassed);
    okPassed.release();
    assertNull(channel.pipeline().get(ScramPlusFilter.class), "removed after AuthenticationOk");
    assertFalse(channel.finish());
  }

  @Test
  void leavesAfterAnErrorResponse() {
    EmbeddedChannel channel = new EmbeddedChannel(new ScramPlusFilter());
    assertNotNull(channel.pipeline().get(ScramPlusFilter.class));
    ByteBuf error = WireMessages.fatalError(Unpooled.buffer().alloc(), "28P01", "no");
    channel.writeInbound(error);
    ByteBuf passed = channel.readInbound();
    assertSame(error, passed);
    passed.release();
    assertNull(channel.pipeline().get(ScramPlusFilter.class));
    assertFalse(channel.finish());
  }
}
