package io.scry.coordinator.ingest;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.scry.coordinator.store.CaptureStore;
import io.scry.coordinator.store.ChunkRejectedException;
import io.scry.coordinator.store.ProxyLog;
import io.scry.coordinator.store.SegmentPosition;
import io.scry.protocol.security.IngestHandshake;
import io.scry.protocol.v1.IngestAck;
import io.scry.protocol.v1.IngestChunk;
import io.scry.protocol.v1.IngestError;
import io.scry.protocol.v1.IngestHello;
import io.scry.protocol.v1.IngestMessage;
import io.scry.protocol.v1.IngestResume;
import io.scry.protocol.v1.IngestSegment;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shipper connection: a Hello picks the proxy's log in the store and is answered with the
 * durable offsets; every chunk is appended (validated and fsynced by the store) and only then
 * acknowledged. Any rejection is logged, sent as an {@link IngestError} and ends the connection:
 * the shipper reconnects and resumes from the durable offsets.
 *
 * <p>Runs on the server's store executor, so blocking file I/O here never stalls network threads.
 */
final class IngestConnectionHandler extends SimpleChannelInboundHandler<IngestMessage> {

  private static final Logger log = LoggerFactory.getLogger(IngestConnectionHandler.class);

  static final int PROTOCOL_VERSION = IngestHandshake.PROTOCOL_VERSION;

  private final CaptureStore store;
  private ProxyLog proxyLog;

  /** Set once an error was sent: messages still in flight behind it are ignored. */
  private boolean failed;

  IngestConnectionHandler(CaptureStore store) {
    this.store = store;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, IngestMessage message) throws Exception {
    if (failed) {
      return;
    }
    switch (message.getKindCase()) {
      case HELLO -> hello(ctx, message.getHello());
      case CHUNK -> chunk(ctx, message.getChunk());
      default -> fail(ctx, "unexpected " + message.getKindCase() + " from a shipper", "", 0);
    }
  }

  private void hello(ChannelHandlerContext ctx, IngestHello hello) throws Exception {
    if (proxyLog != null) {
      fail(ctx, "a second Hello on one connection", "", 0);
      return;
    }
    if (hello.getProtocolVersion() != PROTOCOL_VERSION) {
      fail(
          ctx,
          "unsupported ingest protocol version "
              + hello.getProtocolVersion()
              + " (this coordinator speaks "
              + PROTOCOL_VERSION
              + ")",
          "",
          0);
      return;
    }
    try {
      proxyLog = store.proxyLog(hello.getCaptureName(), hello.getProxyId());
    } catch (IllegalArgumentException e) {
      fail(ctx, e.getMessage(), "", 0);
      return;
    }
    IngestResume.Builder resume = IngestResume.newBuilder();
    // Only the segments the proxy still has matter to it; the store's history may be much longer.
    Set<String> offered =
        hello.getSegmentsList().stream().map(IngestSegment::getName).collect(Collectors.toSet());
    long proxyBytes = 0;
    long storedBytes = 0;
    for (IngestSegment segment : hello.getSegmentsList()) {
      proxyBytes += segment.getSize();
    }
    for (SegmentPosition position : proxyLog.positions()) {
      if (offered.contains(position.segment())) {
        resume.addSegments(segment(position));
        storedBytes += position.durableOffset();
      }
    }
    log.info(
        "shipper {} connected from {}: capture {}, it holds {} segments ({} bytes) of which the"
            + " store has {} bytes",
        hello.getProxyId(),
        ctx.channel().remoteAddress(),
        hello.getCaptureName(),
        hello.getSegmentsCount(),
        proxyBytes,
        storedBytes);
    ctx.writeAndFlush(IngestMessage.newBuilder().setResume(resume).build());
  }

  private void chunk(ChannelHandlerContext ctx, IngestChunk chunk) throws Exception {
    if (proxyLog == null) {
      fail(ctx, "a chunk before Hello", chunk.getSegment(), 0);
      return;
    }
    try {
      SegmentPosition position =
          proxyLog.append(
              chunk.getSegment(),
              chunk.getStartOffset(),
              chunk.getData().asReadOnlyByteBuffer(),
              chunk.getSealed());
      ctx.writeAndFlush(
          IngestMessage.newBuilder()
              .setAck(
                  IngestAck.newBuilder()
                      .setSegment(position.segment())
                      .setDurableOffset(position.durableOffset())
                      .setSealed(position.sealed()))
              .build());
    } catch (ChunkRejectedException e) {
      log.error(
          "rejected chunk from proxy {} (capture {}) for segment {} at offset {} ({} bytes): {};"
              + " the shipper resumes from offset {}",
          proxyLog.proxyId(),
          proxyLog.captureName(),
          chunk.getSegment(),
          chunk.getStartOffset(),
          chunk.getData().size(),
          e.getMessage(),
          e.position().durableOffset());
      fail(ctx, e.getMessage(), chunk.getSegment(), e.position().durableOffset());
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    String who =
        proxyLog == null ? String.valueOf(ctx.channel().remoteAddress()) : proxyLog.label();
    log.warn("ingest connection from {} failed: {}", who, cause.toString());
    fail(ctx, "coordinator error: " + cause.getMessage(), "", 0);
  }

  private void fail(ChannelHandlerContext ctx, String message, String segment, long offset) {
    failed = true;
    if (proxyLog == null) {
      log.warn("ingest connection from {} refused: {}", ctx.channel().remoteAddress(), message);
    }
    ctx.writeAndFlush(
            IngestMessage.newBuilder()
                .setError(
                    IngestError.newBuilder()
                        .setMessage(message)
                        .setSegment(segment)
                        .setDurableOffset(offset))
                .build())
        .addListener(ChannelFutureListener.CLOSE);
  }

  private static IngestSegment segment(SegmentPosition position) {
    return IngestSegment.newBuilder()
        .setName(position.segment())
        .setSize(position.durableOffset())
        .setSealed(position.sealed())
        .build();
  }
}
