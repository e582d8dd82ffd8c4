package io.scry.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.scry.proxy.wire.StartupPacket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClientAdmissionUnitTests {

  static StartupPacket startupPacket() {
    return new StartupPacket(
        Unpooled.buffer().writeInt(8).writeInt(196608), 196608, Map.of(), false);
  }

  @Test
  void closesAConnectionThatSendsNoStartupPacketInTime() {
    EmbeddedChannel channel =
        new EmbeddedChannel(
            new ClientAdmission(Duration.ofSeconds(60), false, new ProxyMetrics(null)));
    channel.advanceTimeBy(59, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    assertTrue(channel.isOpen());
    channel.advanceTimeBy(1, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    assertFalse(channel.isOpen(), "closed after the startup timeout");
    assertNull(channel.readOutbound(), "without a reply, like PostgreSQL");
    channel.finishAndReleaseAll();
  }

  @Test
  void aStartupPacketInTimeStopsTheTimerAndPassesOn() {
    EmbeddedChannel channel =
        new EmbeddedChannel(
            new ClientAdmission(Duration.ofSeconds(1), false, new ProxyMetrics(null)));
    StartupPacket packet = startupPacket();
    channel.writeInbound(packet);
    assertSame(packet, channel.readInbound());
    packet.release();
    assertNull(channel.pipeline().get(ClientAdmission.class), "removed itself");
    channel.advanceTimeBy(2, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    assertTrue(channel.isOpen());
    assertFalse(channel.finish());
  }

  @Test
  void aConnectionBeyondTheLimitIsToldTooManyClientsAfterItsStartupPacket() {
    ProxyMetrics metrics = new ProxyMetrics(null);
    EmbeddedChannel channel =
        new EmbeddedChannel(new ClientAdmission(Duration.ofSeconds(60), true, metrics));
    assertTrue(channel.isOpen(), "accepted until its startup packet is read");
    channel.writeInbound(startupPacket());
    assertNull(channel.readInbound(), "not passed on");
    ByteBuf error = channel.readOutbound();
    String fields = error.toString(StandardCharsets.UTF_8);
    assertEquals('E', fields.charAt(0));
    assertTrue(fields.contains("SFATAL\0"), fields);
    assertTrue(fields.contains("C53300\0"), fields);
    assertTrue(fields.contains("Msorry, too many clients already\0"), fields);
    error.release();
    assertFalse(channel.isOpen());
    assertEquals(1, metrics.connectionsRefused());
    channel.finishAndReleaseAll();
  }
}
